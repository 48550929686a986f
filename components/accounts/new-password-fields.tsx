import type { FieldErrors } from "@/lib/errors";
import { Field } from "@/components/ui/field";

// A new password typed twice, for changing it and for resetting it with a code.
export function NewPasswordFields({ errors }: { errors?: FieldErrors }) {
  return (
    <>
      <Field id="newPassword" label="New password" errors={errors?.newPassword} hint="At least 8 characters.">
        {(props) => <input {...props} name="newPassword" type="password" autoComplete="new-password" required minLength={8} className="input" />}
      </Field>
      <Field id="confirmPassword" label="New password again" errors={errors?.confirmPassword}>
        {(props) => <input {...props} name="confirmPassword" type="password" autoComplete="new-password" required className="input" />}
      </Field>
    </>
  );
}
