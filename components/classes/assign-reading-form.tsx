"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { assignReadingAction } from "@/lib/readings/actions";
import { IDLE } from "@/lib/action-state";
import type { AssignableReading } from "@/lib/readings/assign-reading";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { AssignmentFields } from "@/components/assignments/assignment-fields";

// Assigning a reading to this class: which reading, then its terms (shared with the edit form).
export function AssignReadingForm({
  classroomId,
  readings,
  initialReadingId,
}: {
  classroomId: string;
  readings: AssignableReading[];
  initialReadingId?: string;
}) {
  const [state, action] = useActionState(assignReadingAction, IDLE);
  const [readingId, setReadingId] = useState(initialReadingId ?? readings[0]?.id ?? "");
  const reading = readings.find((r) => r.id === readingId);
  if (readings.length === 0) {
    return (
      <section aria-labelledby="assign-heading" className="card space-y-2">
        <h2 id="assign-heading" className="font-semibold">
          Assign a reading
        </h2>
        <p className="text-slate-700">
          Your library is empty. <Link href={`/library/new?classroomId=${classroomId}`}>Add a reading</Link> first.
        </p>
      </section>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <section aria-labelledby="assign-heading" className="card space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="assign-heading" className="font-semibold">
          Assign a reading
        </h2>
        <Link href={`/library/new?classroomId=${classroomId}`} className="text-sm">
          Add a reading to your library
        </Link>
      </div>
      <form action={action} className="space-y-4" noValidate key={state.at}>
        <FormMessage state={state} />
        <input type="hidden" name="classroomId" value={classroomId} />
        <Field id="readingId" label="Reading" errors={errors.readingId}>
          {(props) => (
            <select {...props} name="readingId" className="input" value={readingId} onChange={(e) => setReadingId(e.target.value)}>
              {readings.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                  {r.subtitle ? `: ${r.subtitle}` : ""}
                  {r.version > 1 ? ` (version ${r.version})` : ""} ({r.sections.length} sections)
                </option>
              ))}
            </select>
          )}
        </Field>
        {reading ? <AssignmentFields sections={reading.sections} values={state.values} errors={errors} /> : null}
        <SubmitButton pendingLabel="Assigning…">Assign</SubmitButton>
      </form>
    </section>
  );
}
