"use client";

import { useActionState, useState } from "react";
import { setTimeZoneAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/action-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

// The zone every time is shown in, kept in the profile so every device agrees. The list comes from
// the server, so the server's and the browser's renders match.
export function TimeZoneForm({ current, zones }: { current: string; zones: string[] }) {
  const [state, action] = useActionState(setTimeZoneAction, IDLE);
  const [zone, setZone] = useState(current);
  const [note, setNote] = useState<string | null>(null);
  function chooseBrowserZone() {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zones.includes(browserZone)) {
      setZone(browserZone);
      setNote(`Chose ${browserZone}. Save to use it.`);
    } else {
      setNote("Your browser's time zone is not in the list; choose the nearest city.");
    }
  }
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <Field id="timeZone" label="Time zone" errors={state.fieldErrors?.timeZone} hint="Every time in Margin is shown in this zone.">
        {(props) => (
          <select {...props} name="timeZone" className="input" value={zone} onChange={(e) => setZone(e.target.value)}>
            {groupByRegion(zones.includes(current) ? zones : [current, ...zones]).map(([region, members]) => (
              <optgroup key={region} label={region}>
                {members.map((name) => (
                  <option key={name} value={name}>
                    {name.replaceAll("_", " ")}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Save time zone</SubmitButton>
        <button type="button" className="btn-secondary" onClick={chooseBrowserZone}>
          Use my browser&apos;s time zone
        </button>
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {note}
      </p>
    </form>
  );
}

// "America/Chicago" under "America"; UTC and other one-word zones under "Other".
function groupByRegion(zones: string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const name of zones) {
    const region = name.includes("/") ? name.slice(0, name.indexOf("/")) : "Other";
    groups.set(region, [...(groups.get(region) ?? []), name]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
