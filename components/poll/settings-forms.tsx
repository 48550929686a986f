"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/action-state";
import { THESIS_MAX_LENGTH } from "@/lib/poll/limits";
import { setAfterRoundAction, setThesisAction } from "@/lib/poll/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

// The teacher poses, edits or removes the thesis. Once students have answered, a change clears
// their answers (they rated the old wording), so the form asks for confirmation first.
export function ThesisForm({ assignmentId, thesis, answered }: { assignmentId: string; thesis: string | null; answered: number }) {
  const [state, action] = useActionState(setThesisAction, IDLE);
  const confirmErrors = state.fieldErrors?.confirmClear;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Field
        id="thesis"
        label="Thesis students rate"
        errors={state.fieldErrors?.thesis}
        hint="Students rate it from 1 (strongly disagree) to 5 (strongly agree), before reading and after the discussion. Leave it empty to remove the poll."
      >
        {(props) => (
          <textarea
            {...props}
            key={state.at}
            name="thesis"
            rows={2}
            maxLength={THESIS_MAX_LENGTH}
            className="input"
            defaultValue={state.status === "error" ? (state.values?.thesis ?? "") : (thesis ?? "")}
          />
        )}
      </Field>
      {answered > 0 ? (
        <div className="space-y-1">
          <div className="flex items-start gap-2">
            <input
              id="confirmClear"
              name="confirmClear"
              type="checkbox"
              className="mt-1 h-4 w-4"
              aria-invalid={Boolean(confirmErrors?.length)}
              aria-describedby={confirmErrors?.length ? "confirmClear-error" : undefined}
            />
            <label htmlFor="confirmClear" className="text-sm text-slate-800">
              Clear students’ answers ({answered} so far): needed to change or remove the thesis
            </label>
          </div>
          {confirmErrors?.length ? (
            <p id="confirmClear-error" className="text-sm text-red-700">
              {confirmErrors[0]}
            </p>
          ) : null}
        </div>
      ) : null}
      <SubmitButton pendingLabel="Saving…">Save thesis</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function AfterRoundForm({ assignmentId, open }: { assignmentId: string; open: boolean }) {
  const [state, action] = useActionState(setAfterRoundAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="open" value={open ? "close" : "open"} />
      <SubmitButton pendingLabel="Saving…" className="btn-secondary">
        {open ? "Close the after round" : "Open the after round now"}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
