"use client";

import { useActionState, useId } from "react";
import { IDLE } from "@/lib/action-state";
import type { ModerationSettings } from "@/lib/moderation/settings";
import { updateAssignmentSettingsAction, updateClassSettingsAction } from "@/lib/moderation/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { DiscussionRuleFields } from "@/components/assignments/discussion-rule-fields";
import { DEPARTED_POSTS_LABELS } from "@/lib/accounts/former-member";

const ANONYMITY_OPTIONS = [
  { value: "NAMED", label: "Named: classmates see names" },
  { value: "ANONYMOUS", label: "Anonymous to classmates: they see “Anonymous student”" },
  { value: "PSEUDONYMOUS", label: "Pseudonymous: a stable label such as “Student 7”" },
] as const;

const SLOW_MODE_OPTIONS = [
  { value: 0, label: "Off" },
  { value: 30, label: "30 seconds" },
  { value: 60, label: "1 minute" },
  { value: 300, label: "5 minutes" },
  { value: 900, label: "15 minutes" },
  { value: 3600, label: "1 hour" },
];

// TAs see the settings but only teachers change them: the fieldset is disabled for TAs.
export function ClassSettingsForm({ settings }: { settings: ModerationSettings }) {
  const [state, action] = useActionState(updateClassSettingsAction, IDLE);
  const { classroom } = settings;
  return (
    <form action={action} className="card space-y-4" aria-labelledby="class-settings-heading" noValidate>
      <h2 id="class-settings-heading" className="text-lg font-semibold">
        Whole class
      </h2>
      <fieldset disabled={!settings.canConfigure} className="space-y-4">
        <input type="hidden" name="classroomId" value={classroom.id} />
        <div className="flex items-start gap-2">
          <input id="approvalRequired" name="approvalRequired" type="checkbox" defaultChecked={classroom.approvalRequired} className="mt-1 h-4 w-4" />
          <label htmlFor="approvalRequired" className="text-sm text-slate-800">
            <span className="font-medium">Approve students’ posts before classmates see them</span>
          </label>
        </div>
        <Field id="anonymity" label="How classmates see authors" errors={state.fieldErrors?.anonymity}>
          {(props) => (
            <select {...props} name="anonymity" className="input" defaultValue={classroom.anonymity}>
              {ANONYMITY_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="reportThreshold" label="Hide a post automatically after this many reports" errors={state.fieldErrors?.reportThreshold}>
          {(props) => <input {...props} name="reportThreshold" type="number" min={1} max={100} className="input max-w-32" defaultValue={classroom.reportThreshold} />}
        </Field>
        <Field id="departedPosts" label="When a member deletes their account, their posts here" errors={state.fieldErrors?.departedPosts}>
          {(props) => (
            <select {...props} name="departedPosts" className="input" defaultValue={classroom.departedPosts}>
              {Object.entries(DEPARTED_POSTS_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="flex items-start gap-2">
          <input id="tasMayGrade" name="tasMayGrade" type="checkbox" defaultChecked={classroom.tasMayGrade} className="mt-1 h-4 w-4" aria-describedby="tasMayGrade-hint" />
          <label htmlFor="tasMayGrade" className="text-sm text-slate-800">
            <span className="font-medium">TAs may grade</span>
            <span id="tasMayGrade-hint" className="block text-slate-700">
              They open the grading view, save grades and release them; the grading settings and rubrics stay yours.
            </span>
          </label>
        </div>
        {settings.canConfigure ? <SubmitButton pendingLabel="Saving…">Save class settings</SubmitButton> : null}
      </fieldset>
      <FormMessage state={state} />
    </form>
  );
}

export function AssignmentSettingsForm({ assignment, canConfigure }: { assignment: ModerationSettings["assignments"][number]; canConfigure: boolean }) {
  const [state, action] = useActionState(updateAssignmentSettingsAction, IDLE);
  const id = useId();
  const approval = assignment.approvalRequired === null ? "inherit" : assignment.approvalRequired ? "on" : "off";
  return (
    <form action={action} className="card space-y-4" aria-label={`Settings for ${assignment.title}`} noValidate>
      <h3 className="font-serif text-lg font-semibold">{assignment.title}</h3>
      <fieldset disabled={!canConfigure} className="grid gap-4 sm:grid-cols-3">
        <input type="hidden" name="assignmentId" value={assignment.id} />
        <Field id={`${id}-approval`} label="Approval" errors={state.fieldErrors?.approvalRequired}>
          {(props) => (
            <select {...props} name="approvalRequired" className="input" defaultValue={approval}>
              <option value="inherit">As the class</option>
              <option value="on">Approve posts first</option>
              <option value="off">Publish directly</option>
            </select>
          )}
        </Field>
        <Field id={`${id}-anonymity`} label="Authors" errors={state.fieldErrors?.anonymity}>
          {(props) => (
            <select {...props} name="anonymity" className="input" defaultValue={assignment.anonymity ?? "inherit"}>
              <option value="inherit">As the class</option>
              {ANONYMITY_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label.split(":")[0]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-slow`} label="Slow mode (per student)" errors={state.fieldErrors?.slowModeSeconds}>
          {(props) => (
            <select {...props} name="slowModeSeconds" className="input" defaultValue={String(assignment.slowModeSeconds)}>
              {SLOW_MODE_OPTIONS.some((o) => o.value === assignment.slowModeSeconds) ? null : (
                <option value={assignment.slowModeSeconds}>{assignment.slowModeSeconds} seconds</option>
              )}
              {SLOW_MODE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="sm:col-span-3">
          <DiscussionRuleFields defaults={assignment} />
        </div>
      </fieldset>
      {canConfigure ? <SubmitButton pendingLabel="Saving…">Save<span className="sr-only"> settings for {assignment.title}</span></SubmitButton> : null}
      <FormMessage state={state} />
    </form>
  );
}
