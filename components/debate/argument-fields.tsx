"use client";

import { useState } from "react";
import type { ReplyKind, ResponseKind, Stance } from "@/lib/generated/prisma/enums";
import { MAX_SOURCES } from "@/lib/discussion/limits";
import { KIND_LABELS, REPLY_KIND_LABELS, STANCE_HINTS, STANCE_LABELS } from "@/lib/debate/labels";

type Values = Record<string, string> | undefined;
type Errors = Record<string, string[] | undefined> | undefined;

function ErrorText({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="text-sm text-red-700">
      {errors[0]}
    </p>
  ) : null;
}

// Stance, kind and sources of a response. After a failed post they show what was sent.
// `idPrefix` keeps ids apart when a response form and an edit form are open at once.
export function ResponseArgumentFields({
  idPrefix,
  stanceRequired,
  values,
  errors,
}: {
  idPrefix: string;
  stanceRequired: boolean;
  values: Values;
  errors: Errors;
}) {
  const [kind, setKind] = useState(values?.kind ?? "");
  return (
    <div className="space-y-3">
      <fieldset className="space-y-1" aria-describedby={errors?.stance ? `${idPrefix}-stance-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          Your stance toward the section&apos;s account{stanceRequired ? " (required)" : " (optional)"}
        </legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {(Object.keys(STANCE_LABELS) as Stance[]).map((stance) => (
            <label key={stance} className="flex items-center gap-1.5 text-sm" title={STANCE_HINTS[stance]}>
              <input type="radio" name="stance" value={stance} defaultChecked={values?.stance === stance} required={stanceRequired} />
              {STANCE_LABELS[stance]}
              <span className="sr-only">: {STANCE_HINTS[stance]}</span>
            </label>
          ))}
          {stanceRequired ? null : (
            <label className="flex items-center gap-1.5 text-sm">
              <input type="radio" name="stance" value="" defaultChecked={!values?.stance} />
              No stance
            </label>
          )}
        </div>
        <ErrorText id={`${idPrefix}-stance-error`} errors={errors?.stance} />
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-kind`} className="block text-sm font-medium text-slate-800">
          What are you offering? (optional)
        </label>
        {/* Uncontrolled: React resets a form after its action, and a controlled select would then show
            one kind while sending another. */}
        <select
          id={`${idPrefix}-kind`}
          name="kind"
          className="input w-auto text-sm"
          defaultValue={values?.kind ?? ""}
          onChange={(event) => setKind(event.target.value)}
        >
          <option value="">A response</option>
          {(Object.keys(KIND_LABELS) as ResponseKind[]).map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {kind === "EVIDENCE" ? <SourcesField idPrefix={idPrefix} values={values} errors={errors?.sources} /> : null}
    </div>
  );
}

function SourcesField({ idPrefix, values, errors }: { idPrefix: string; values: Values; errors?: string[] }) {
  const sent = Array.from({ length: MAX_SOURCES }, (_, i) => ({ title: values?.[`sources.${i}.title`] ?? "", url: values?.[`sources.${i}.url`] ?? "" }));
  const [rows, setRows] = useState(Math.max(1, sent.filter((row) => row.title || row.url).length));
  return (
    <fieldset className="space-y-2" aria-describedby={errors ? `${idPrefix}-sources-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">Sources for your evidence</legend>
      {sent.slice(0, rows).map((row, i) => (
        <div key={i} className="grid gap-2 sm:grid-cols-2">
          <label className="text-sm">
            <span className="block text-slate-700">Source {i + 1} title</span>
            <input name={`sources.${i}.title`} defaultValue={row.title} className="input text-sm" />
          </label>
          <label className="text-sm">
            <span className="block text-slate-700">Source {i + 1} web address</span>
            <input name={`sources.${i}.url`} type="url" inputMode="url" defaultValue={row.url} placeholder="https://" className="input text-sm" />
          </label>
        </div>
      ))}
      {rows < MAX_SOURCES ? (
        <button type="button" className="btn-quiet" onClick={() => setRows(rows + 1)}>
          Add another source
        </button>
      ) : null}
      <ErrorText id={`${idPrefix}-sources-error`} errors={errors} />
    </fieldset>
  );
}

// Whether a reply counters or agrees; most replies need neither.
export function ReplyKindField({ value }: { value?: string }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <legend className="sr-only">Your reply</legend>
      <label className="flex items-center gap-1.5">
        <input type="radio" name="replyKind" value="" defaultChecked={!value} />
        Reply
      </label>
      {(Object.keys(REPLY_KIND_LABELS) as ReplyKind[]).map((kind) => (
        <label key={kind} className="flex items-center gap-1.5">
          <input type="radio" name="replyKind" value={kind} defaultChecked={value === kind} />
          {REPLY_KIND_LABELS[kind]}
        </label>
      ))}
    </fieldset>
  );
}
