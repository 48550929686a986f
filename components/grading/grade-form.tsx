"use client";

import { useActionState, useId } from "react";
import { IDLE } from "@/lib/action-state";
import { saveGradeAction } from "@/lib/grading/actions";
import type { RubricCriterion } from "@/lib/grading/total";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type GradeFormProps = {
  assignmentId: string;
  studentId: string;
  studentName: string;
  criteria: RubricCriterion[];
  levels: (number | null)[];
  overridePoints: number | null;
  overrideReason: string | null;
  feedback: string | null;
  max: number;
};

// The rubric as radio groups, an override with its reason, and private feedback. After an error
// the fields come back with what was sent; after a save, with what is stored.
export function GradeForm(props: GradeFormProps) {
  const [state, action] = useActionState(saveGradeAction, IDLE);
  const id = useId();
  const sent = state.status === "error" ? state.values : undefined;
  const value = (name: string, saved: string) => sent?.[name] ?? saved;
  return (
    <form action={action} className="space-y-4" aria-label={`Grade for ${props.studentName}`} noValidate>
      <input type="hidden" name="assignmentId" value={props.assignmentId} />
      <input type="hidden" name="studentId" value={props.studentId} />
      <div key={state.at} className="space-y-4">
        {props.criteria.map((criterion, index) => (
          <fieldset key={`${criterion.title}-${index}`} className="space-y-1">
            <legend className="text-sm font-medium text-slate-900">{criterion.title}</legend>
            {criterion.levels.map((level, levelIndex) => (
              <label key={levelIndex} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name={`level.${index}`}
                  value={levelIndex}
                  defaultChecked={value(`level.${index}`, String(props.levels[index] ?? "")) === String(levelIndex)}
                  className="mt-1"
                />
                <span>
                  {level.label} ({level.points} pts){level.description ? <span className="block text-slate-600">{level.description}</span> : null}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
        <Field id={`${id}-override`} label={`Override score (0 to ${props.max}; blank: computed)`} errors={state.fieldErrors?.overridePoints}>
          {(field) => (
            <input {...field} name="overridePoints" inputMode="decimal" className="input max-w-32" defaultValue={value("overridePoints", props.overridePoints?.toString() ?? "")} />
          )}
        </Field>
        <Field id={`${id}-reason`} label="Reason for the override" errors={state.fieldErrors?.overrideReason}>
          {(field) => <input {...field} name="overrideReason" className="input" maxLength={500} defaultValue={value("overrideReason", props.overrideReason ?? "")} />}
        </Field>
        <Field id={`${id}-feedback`} label="Private feedback to the student" errors={state.fieldErrors?.feedback}>
          {(field) => <textarea {...field} name="feedback" rows={5} className="input" maxLength={5000} defaultValue={value("feedback", props.feedback ?? "")} />}
        </Field>
      </div>
      <SubmitButton pendingLabel="Saving…">Save grade</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
