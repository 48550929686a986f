"use client";

import { useActionState } from "react";
import { assignReadingAction } from "@/app/classes/actions";
import { IDLE } from "@/lib/action-state";
import type { AssignableReading } from "@/lib/readings/assign-reading";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function AssignReadingForm({ classroomId, readings }: { classroomId: string; readings: AssignableReading[] }) {
  const [state, action] = useActionState(assignReadingAction, IDLE);
  if (readings.length === 0) return null;
  return (
    <section aria-labelledby="assign-heading" className="card space-y-3">
      <h2 id="assign-heading" className="font-semibold">
        Assign a reading
      </h2>
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="classroomId" value={classroomId} />
        <div className="min-w-64 flex-1">
          <Field id="readingId" label="Reading" errors={state.fieldErrors?.readingId}>
            {(props) => (
              <select {...props} name="readingId" className="input">
                {readings.map((reading) => (
                  <option key={reading.id} value={reading.id}>
                    {reading.title}
                    {reading.subtitle ? `: ${reading.subtitle}` : ""} ({reading.sectionCount} sections)
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <SubmitButton pendingLabel="Assigning…">Assign</SubmitButton>
      </form>
      <FormMessage state={state} />
    </section>
  );
}
