"use client";

import type { FieldErrors } from "@/lib/errors";
import { sectionTitle } from "@/lib/format";
import { defaultDueAt } from "@/lib/assignments/defaults";
import { Field } from "@/components/ui/field";
import { LocalDateTimeField } from "@/components/ui/local-date-time-field";
import { useNow, useTimeZone } from "@/components/ui/time-zone-context";
import { DiscussionRuleFields } from "@/components/assignments/discussion-rule-fields";

export type SectionChoice = { id: string; position: number; heading: string | null };

// An assignment's terms, as the assign form and the edit form both show them: the sections
// included, when, what happens after the due time, what counts as done, and the discussion's rules.
// `values` are what the form last sent (or the assignment's current terms); with none, a new
// assignment opens now, is due in 7 days at 23:59 in the teacher's zone and includes every section.
export function AssignmentFields({
  sections,
  values,
  errors,
  sectionsLockedReason,
}: {
  sections: SectionChoice[];
  values?: Record<string, string>;
  errors: FieldErrors;
  /** Why the sections can no longer change; they are shown but sent as they are. */
  sectionsLockedReason?: string | null;
}) {
  const zone = useTimeZone();
  const now = useNow();
  const anyChosen = sections.some((section) => values?.[`section:${section.id}`] === "on");
  const included = (id: string) => !anyChosen || values?.[`section:${id}`] === "on";
  const describedBy = [errors.sectionIds ? "sections-error" : "", sectionsLockedReason ? "sections-locked" : ""].join(" ").trim();
  return (
    <>
      {/* Keyed by the reading's first section, so choosing another reading starts with all of its sections. */}
      <fieldset key={sections[0]?.id} className="space-y-1" aria-describedby={describedBy || undefined}>
        <legend className="text-sm font-medium text-slate-800">Sections included</legend>
        {sectionsLockedReason ? (
          <p id="sections-locked" className="text-sm text-slate-700">
            {sectionsLockedReason}
          </p>
        ) : null}
        {/* Focusable while its checkboxes are disabled, so the keyboard can still scroll it. */}
        <ul className="max-h-60 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2" tabIndex={sectionsLockedReason ? 0 : undefined}>
          {sections.map((section) => (
            <li key={section.id}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`section:${section.id}`} defaultChecked={included(section.id)} disabled={Boolean(sectionsLockedReason)} />
                {sectionTitle(section.position, section.heading)}
              </label>
              {/* A disabled checkbox is not sent: send the section as it stands. */}
              {sectionsLockedReason && included(section.id) ? <input type="hidden" name={`section:${section.id}`} value="on" /> : null}
            </li>
          ))}
        </ul>
        {errors.sectionIds ? (
          <p id="sections-error" className="text-sm text-red-700">
            {errors.sectionIds[0]}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <LocalDateTimeField name="opensAt" label="Opens" hint="Empty: opens now." errors={errors.opensAt} defaultIso={values?.opensAt} />
        <LocalDateTimeField
          name="dueAt"
          label="Due"
          hint="Empty: no due time."
          errors={errors.dueAt}
          defaultIso={values ? values.dueAt : defaultDueAt(new Date(now), zone).toISOString()}
        />
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">After the due time</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="latePolicy" value="ACCEPT_LATE" defaultChecked={values?.latePolicy !== "CLOSE_AT_DUE"} />
          Accept late posts, marked “late”
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="latePolicy" value="CLOSE_AT_DUE" defaultChecked={values?.latePolicy === "CLOSE_AT_DUE"} />
          Close the discussion (students can still read it)
        </label>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium text-slate-800">Requirements for each student</legend>
        <NumberField name="minResponses" label="Minimum responses" errors={errors.minResponses} value={values?.minResponses} />
        <NumberField name="minReplies" label="Minimum replies to classmates" errors={errors.minReplies} value={values?.minReplies} />
        <NumberField name="minWords" label="Minimum words per response" errors={errors.minWords} value={values?.minWords} />
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">Discussion rules</legend>
        <DiscussionRuleFields defaults={{ postFirst: values?.postFirst === "on", stanceRequired: values?.stanceRequired === "on" }} />
      </fieldset>
    </>
  );
}

function NumberField({ name, label, errors, value }: { name: string; label: string; errors?: string[]; value?: string }) {
  return (
    <Field id={name} label={label} errors={errors}>
      {(props) => <input {...props} name={name} type="number" min={0} max={1000} step={1} inputMode="numeric" className="input" defaultValue={value ?? "0"} />}
    </Field>
  );
}
