"use client";

import { useId } from "react";
import { muteMemberAction } from "@/lib/moderation/actions";
import { ActionForm } from "@/components/ui/action-form";

export const MUTE_DURATIONS = [
  { minutes: 60, label: "1 hour" },
  { minutes: 24 * 60, label: "1 day" },
  { minutes: 3 * 24 * 60, label: "3 days" },
  { minutes: 7 * 24 * 60, label: "1 week" },
  { minutes: 30 * 24 * 60, label: "30 days" },
];

export function MuteForm({ membershipId, who }: { membershipId: string; who: string }) {
  const id = useId();
  return (
    <ActionForm
      action={muteMemberAction}
      fields={{ membershipId }}
      submitLabel={`Mute ${who}`}
      pendingLabel="Muting…"
      reasonLabel="Reason for muting (optional)"
      reasonRequired={false}
    >
      <div className="space-y-1">
        <label htmlFor={`${id}-minutes`} className="block text-sm font-medium text-slate-800">
          Mute for
        </label>
        <select id={`${id}-minutes`} name="minutes" className="input" defaultValue={String(24 * 60)}>
          {MUTE_DURATIONS.map((d) => (
            <option key={d.minutes} value={d.minutes}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
    </ActionForm>
  );
}
