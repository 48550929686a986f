"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { useTimeZone } from "@/components/ui/time-zone-context";
import { fromZonedInput, toZonedInput } from "@/lib/time";

// A datetime-local input in the viewer's time zone (the one every time on the page is shown in);
// what the form submits is the UTC instant it names, so the server never has to guess the zone.
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
  const zone = useTimeZone();
  const [local, setLocal] = useState(() => (defaultIso ? toZonedInput(defaultIso, zone) : ""));
  const iso = (local && fromZonedInput(local, zone)) || "";
  const zoneHint = `Time zone: ${zone}.`;
  return (
    <Field id={name} label={label} errors={errors} hint={hint ? `${hint} ${zoneHint}` : zoneHint}>
      {(props) => (
        <>
          <input {...props} type="datetime-local" className="input" value={local} required={required} onChange={(e) => setLocal(e.target.value)} />
          <input type="hidden" name={name} value={iso} />
        </>
      )}
    </Field>
  );
}
