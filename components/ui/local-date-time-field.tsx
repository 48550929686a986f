"use client";

import { useState, useSyncExternalStore } from "react";
import { Field } from "@/components/ui/field";

const noop = () => () => {};

// A datetime-local input in the teacher's own time zone; what the form submits is the ISO (UTC)
// string the browser builds from it, so the server never has to guess the zone. The server cannot
// know the zone, so it renders the starting value in UTC and the browser shows it locally after
// hydration (as LocalTime does). `defaultDate` is a starting value only the browser computes
// ("in 7 days at 23:59" in the teacher's zone); it applies when `defaultIso` is absent.
export function LocalDateTimeField({
  name,
  label,
  hint,
  errors,
  defaultIso,
  defaultDate,
  required = false,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultIso?: string | null;
  defaultDate?: () => Date;
  required?: boolean;
}) {
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  // null until the teacher types: until then the field shows the starting value.
  const [typed, setTyped] = useState<string | null>(null);
  const start = defaultIso != null ? (defaultIso ? new Date(defaultIso) : null) : hydrated && defaultDate ? defaultDate() : null;
  const local = typed ?? (start ? toInputValue(start, hydrated) : "");
  const date = typed === null ? start : typed ? new Date(typed) : null;
  const iso = date && !Number.isNaN(date.getTime()) ? date.toISOString() : "";
  return (
    <Field id={name} label={label} errors={errors} hint={hint}>
      {(props) => (
        <>
          <input {...props} type="datetime-local" className="input" value={local} required={required} onChange={(e) => setTyped(e.target.value)} />
          <input type="hidden" name={name} value={iso} />
        </>
      )}
    </Field>
  );
}

// The input's "YYYY-MM-DDTHH:mm", in the browser's zone, or in UTC while rendered on the server.
function toInputValue(date: Date, local: boolean): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const [y, m, d, h, min] = local
    ? [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]
    : [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
  return `${y}-${pad(m + 1)}-${pad(d)}T${pad(h)}:${pad(min)}`;
}
