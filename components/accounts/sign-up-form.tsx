"use client";

import { useActionState } from "react";
import { signUpAction } from "@/lib/accounts/actions";
import { signUpAndJoinAction } from "@/lib/classes/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

// With a join code (on a join link), the new account joins that class too.
export function SignUpForm({ callbackUrl = "/", joinCode }: { callbackUrl?: string; joinCode?: string }) {
  const [state, action] = useActionState(joinCode ? signUpAndJoinAction : signUpAction, IDLE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {joinCode ? <input type="hidden" name="code" value={joinCode} /> : null}
      <Field id="name" label="Your name" errors={errors.name} hint="Classmates and teachers see this name.">
        {(props) => <input {...props} name="name" autoComplete="name" required className="input" defaultValue={state.values?.name} />}
      </Field>
      <Field id="email" label="Email" errors={errors.email}>
        {(props) => (
          <input {...props} name="email" type="email" autoComplete="email" required className="input" defaultValue={state.values?.email} />
        )}
      </Field>
      <Field id="password" label="Password" errors={errors.password} hint="At least 8 characters.">
        {(props) => <input {...props} name="password" type="password" autoComplete="new-password" required minLength={8} className="input" />}
      </Field>
      <SubmitButton pendingLabel="Creating your account…">{joinCode ? "Create account and join" : "Create account"}</SubmitButton>
    </form>
  );
}
