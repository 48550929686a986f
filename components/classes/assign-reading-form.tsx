"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { assignReadingAction } from "@/lib/readings/actions";
import { IDLE } from "@/lib/action-state";
import { sectionTitle } from "@/lib/format";
import type { AssignableReading } from "@/lib/readings/assign-reading";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { LocalDateTimeField } from "@/components/ui/local-date-time-field";
import { DiscussionRuleFields } from "@/components/assignments/discussion-rule-fields";

// Assigning a reading to this class: which reading and sections, when, what counts as done, what
// happens after the due time, and the discussion's rules. Times are entered in the teacher's zone
// and sent as UTC.
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
        {reading ? (
          <fieldset key={reading.id} className="space-y-1" aria-describedby={errors.sectionIds ? "sections-error" : undefined}>
            <legend className="text-sm font-medium text-slate-800">Sections included</legend>
            <ul className="max-h-60 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
              {reading.sections.map((section) => (
                <li key={section.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name={`section:${section.id}`} defaultChecked />
                    {sectionTitle(section.position, section.heading)}
                  </label>
                </li>
              ))}
            </ul>
            {errors.sectionIds ? (
              <p id="sections-error" className="text-sm text-red-700">
                {errors.sectionIds[0]}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <LocalDateTimeField name="opensAt" label="Opens" hint="Empty: opens now." errors={errors.opensAt} defaultIso={state.values?.opensAt} />
          <LocalDateTimeField name="dueAt" label="Due" hint="Empty: no due time." errors={errors.dueAt} defaultIso={state.values?.dueAt} />
        </div>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">After the due time</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="latePolicy" value="ACCEPT_LATE" defaultChecked={state.values?.latePolicy !== "CLOSE_AT_DUE"} />
            Accept late posts, marked “late”
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="latePolicy" value="CLOSE_AT_DUE" defaultChecked={state.values?.latePolicy === "CLOSE_AT_DUE"} />
            Close the discussion (students can still read it)
          </label>
        </fieldset>
        <fieldset className="grid gap-4 sm:grid-cols-3">
          <legend className="mb-1 text-sm font-medium text-slate-800">Requirements for each student</legend>
          <NumberField name="minResponses" label="Minimum responses" errors={errors.minResponses} value={state.values?.minResponses} />
          <NumberField name="minReplies" label="Minimum replies to classmates" errors={errors.minReplies} value={state.values?.minReplies} />
          <NumberField name="minWords" label="Minimum words per response" errors={errors.minWords} value={state.values?.minWords} />
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm font-medium text-slate-800">Discussion rules</legend>
          <DiscussionRuleFields defaults={{ postFirst: state.values?.postFirst === "on", stanceRequired: state.values?.stanceRequired === "on" }} />
        </fieldset>
        <SubmitButton pendingLabel="Assigning…">Assign</SubmitButton>
      </form>
    </section>
  );
}

function NumberField({ name, label, errors, value }: { name: string; label: string; errors?: string[]; value?: string }) {
  return (
    <Field id={name} label={label} errors={errors}>
      {(props) => <input {...props} name={name} type="number" min={0} max={1000} step={1} inputMode="numeric" className="input" defaultValue={value ?? "0"} />}
    </Field>
  );
}
