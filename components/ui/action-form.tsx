"use client";

import { useActionState, useId, type ReactNode } from "react";
import { IDLE, type FormAction } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

// One command as a small form: hidden ids, an optional reason, a button, and the
// outcome announced in place. Works without JavaScript too (plain form post).
export function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  reasonLabel,
  reasonRequired = true,
  className = "btn-secondary",
  children,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  submitLabel: ReactNode;
  pendingLabel: string;
  // Shows a reason field with this label.
  reasonLabel?: string;
  reasonRequired?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const id = useId();
  return (
    <form action={formAction} className="space-y-2" noValidate>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {reasonLabel ? (
        <Field id={`${id}-reason`} label={reasonLabel} errors={state.fieldErrors?.reason}>
          {(props) => (
            <input {...props} key={state.at} name="reason" className="input" required={reasonRequired} maxLength={500} defaultValue={state.status === "error" ? state.values?.reason : ""} />
          )}
        </Field>
      ) : null}
      {children}
      <SubmitButton className={className} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
