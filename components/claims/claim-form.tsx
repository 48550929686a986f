"use client";

import { useActionState, useState } from "react";
import { markClaimAction } from "@/lib/claims/actions";
import { IDLE, type ActionState } from "@/lib/action-state";
import { CLAIM_MAX_SOURCES, CLAIM_NOTE_MAX_LENGTH } from "@/lib/claims/limits";
import { usePassageSelection } from "@/components/debate/passage-selection";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Values = Record<string, string> | undefined;

// For teachers and TAs: mark the passage chosen in the text as a contested claim, with a note and
// counter-sources. The server checks the passage against the section's text.
export function ClaimForm({ assignmentId, position }: { assignmentId: string; position: number }) {
  const { passage, choose } = usePassageSelection();
  const [state, action] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await markClaimAction(previous, formData);
    // Marked: the note now shows beside the text, so the selection has done its job.
    if (next.status === "ok") choose(null);
    return next;
  }, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <section aria-labelledby="claim-form-heading" className="space-y-3 rounded-md border border-slate-200 p-3 text-sm" data-testid="claim-form">
      <h2 id="claim-form-heading" className="font-semibold text-slate-900">
        Mark a contested claim
      </h2>
      {passage ? (
        <form action={action} className="space-y-3" noValidate aria-labelledby="claim-form-heading">
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <input type="hidden" name="position" value={position} />
          <input type="hidden" name="start" value={passage.start} />
          <input type="hidden" name="end" value={passage.end} />
          <input type="hidden" name="quote" value={passage.text} />
          <Field id="claim-passage" label="Passage" errors={state.fieldErrors?.quote}>
            {(props) => <textarea {...props} readOnly value={passage.text} rows={2} className="input bg-slate-50 font-serif" />}
          </Field>
          <ClaimFields key={state.at} values={values} errors={state.fieldErrors} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton pendingLabel="Marking…">Mark as contested claim</SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => choose(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="text-slate-700">Select a passage in the text (or choose a sentence) to mark it as contested.</p>
      )}
      <FormMessage state={state} />
    </section>
  );
}

// Remounted after each answer (key), so a failed attempt shows what was sent.
function ClaimFields({ values, errors }: { values: Values; errors: ActionState["fieldErrors"] }) {
  const sent = Array.from({ length: CLAIM_MAX_SOURCES }, (_, i) => ({
    title: values?.[`sources.${i}.title`] ?? "",
    url: values?.[`sources.${i}.url`] ?? "",
    perspective: values?.[`sources.${i}.perspective`] ?? "",
  }));
  const [rows, setRows] = useState(Math.max(1, ...sent.map((row, i) => (row.title || row.url || row.perspective ? i + 1 : 0))));
  const [added, setAdded] = useState(false);
  return (
    <>
      <Field id="claim-note" label="Why it is contested" errors={errors?.note} hint={`A short note students read beside the passage (at most ${CLAIM_NOTE_MAX_LENGTH} characters).`}>
        {(props) => <textarea {...props} name="note" rows={4} maxLength={CLAIM_NOTE_MAX_LENGTH} required defaultValue={values?.note ?? ""} className="input" />}
      </Field>
      <fieldset className="space-y-3" aria-describedby={errors?.sources ? "claim-sources-error" : undefined}>
        <legend className="font-medium text-slate-800">Counter-sources (at least one)</legend>
        {sent.slice(0, rows).map((row, i) => (
          <fieldset key={i} className="grid gap-2 rounded-md bg-slate-50 p-2 sm:grid-cols-3">
            <legend className="sr-only">Source {i + 1}</legend>
            <label className="space-y-1">
              <span className="block text-slate-700">Source {i + 1} title</span>
              <input
                name={`sources.${i}.title`}
                defaultValue={row.title}
                className="input"
                ref={added && i === rows - 1 ? (input) => input?.focus() : undefined}
              />
            </label>
            <label className="space-y-1">
              <span className="block text-slate-700">Source {i + 1} web address</span>
              <input name={`sources.${i}.url`} type="url" inputMode="url" placeholder="https://" defaultValue={row.url} className="input" />
            </label>
            <label className="space-y-1">
              <span className="block text-slate-700">Source {i + 1} perspective</span>
              <input name={`sources.${i}.perspective`} placeholder="e.g. United Nations" defaultValue={row.perspective} className="input" />
            </label>
          </fieldset>
        ))}
        {rows < CLAIM_MAX_SOURCES ? (
          <button
            type="button"
            className="btn-quiet"
            onClick={() => {
              setRows(rows + 1);
              setAdded(true);
            }}
          >
            Add another source
          </button>
        ) : null}
        {errors?.sources?.length ? (
          <p id="claim-sources-error" className="text-red-700">
            {errors.sources[0]}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
