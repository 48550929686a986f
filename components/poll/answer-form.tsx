"use client";

import { useActionState, useId } from "react";
import { IDLE } from "@/lib/action-state";
import { RATING_LABELS, RATINGS } from "@/lib/poll/ratings";
import { answerPollAction } from "@/lib/poll/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

// One round's 5-point scale as a radio group: arrow keys move between ratings, Tab reaches the button.
export function AnswerForm({ assignmentId, round, legend, rating }: { assignmentId: string; round: "BEFORE" | "AFTER"; legend: string; rating: number | null }) {
  const [state, action] = useActionState(answerPollAction, IDLE);
  const id = useId();
  const errors = state.fieldErrors?.rating;
  const chosen = state.status === "error" ? Number(state.values?.rating) || rating : rating;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="round" value={round} />
      <fieldset aria-describedby={errors?.length ? `${id}-error` : undefined} aria-invalid={errors?.length ? true : undefined}>
        <legend className="font-medium text-slate-900">{legend}</legend>
        <div key={state.at} className="mt-2 flex flex-wrap gap-2">
          {RATINGS.map((value) => (
            <label key={value} className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-slate-900 has-[:checked]:bg-slate-100 has-[:focus-visible]:outline-2">
              <input type="radio" name="rating" value={value} defaultChecked={chosen === value} className="h-4 w-4" />
              <span>
                {value} · {RATING_LABELS[value]}
              </span>
            </label>
          ))}
        </div>
        {errors?.length ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
            {errors[0]}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel="Saving…">{rating === null ? "Save my answer" : "Change my answer"}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
