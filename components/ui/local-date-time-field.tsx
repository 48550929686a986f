"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";

// A datetime-local input in the teacher's own time zone; what the form submits is the ISO (UTC)
// string the browser builds from it, so the server never has to guess the zone.
export function LocalDateTimeField({
  name,
  label,
  hint,
  errors,
  defaultIso,
  required = false,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultIso?: string | null;
  required?: boolean;
}) {
  const [local, setLocal] = useState(() => (defaultIso ? toLocalInput(new Date(defaultIso)) : ""));
  const date = local ? new Date(local) : null;
  const iso = date && !Number.isNaN(date.getTime()) ? date.toISOString() : "";
  return (
    <Field id={name} label={label} errors={errors} hint={hint}>
      {(props) => (
        <>
          <input {...props} type="datetime-local" className="input" value={local} required={required} onChange={(e) => setLocal(e.target.value)} />
          <input type="hidden" name={name} value={iso} />
        </>
      )}
    </Field>
  );
}

function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
