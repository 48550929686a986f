"use client";

import { useActionState } from "react";
import { joinByLinkAction, joinClassroomAction } from "@/lib/classes/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

// With a code from a join link the field is prefilled and hidden, leaving one button, and joining
// goes straight to the class's current assignment.
export function JoinClassroomForm({ code }: { code?: string }) {
  const [state, action] = useActionState(code ? joinByLinkAction : joinClassroomAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field id="code" label="Join code" errors={state.fieldErrors?.code} hint="8 letters and digits, from your teacher.">
          {(props) => (
            <input
              {...props}
              name="code"
              required
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              className="input font-mono uppercase tracking-widest"
              defaultValue={state.values?.code}
            />
          )}
        </Field>
      )}
      <SubmitButton pendingLabel="Joining…">Join class</SubmitButton>
    </form>
  );
}
