"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

// `idPrefix` keeps field ids unique where a sign-up form shares the page.
export function SignInForm({ callbackUrl, idPrefix = "" }: { callbackUrl: string; idPrefix?: string }) {
  const [state, action] = useActionState(signInAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id={`${idPrefix}email`} label="Email">
        {(props) => (
          <input {...props} name="email" type="email" autoComplete="email" required className="input" defaultValue={state.values?.email} />
        )}
      </Field>
      <Field id={`${idPrefix}password`} label="Password">
        {(props) => <input {...props} name="password" type="password" autoComplete="current-password" required className="input" />}
      </Field>
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
