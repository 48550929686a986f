import Link from "next/link";
import type { AuditLog } from "@/lib/moderation/audit-log";
import { ACTION_LABELS } from "@/lib/moderation/audit-log";
import { AUDIT_ACTIONS } from "@/lib/moderation/schemas";

// A plain GET form, so a filtered log is a link a teacher can bookmark or share with a co-teacher.
export function AuditFilter({ classroomId, log }: { classroomId: string; log: Pick<AuditLog, "filter" | "students"> }) {
  const { filter } = log;
  return (
    <form method="get" className="card grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Filter the audit log">
      <Choice id="action" label="Action" value={filter.action} anyLabel="Any action" options={AUDIT_ACTIONS.map((action) => [action, ACTION_LABELS[action]])} />
      <Choice id="student" label="Member" value={filter.student} anyLabel="Anyone" options={log.students.map((s) => [s.membershipId, s.name])} />
      {(["from", "to"] as const).map((key) => (
        <div key={key} className="space-y-1">
          <label htmlFor={key} className="block text-sm font-medium text-slate-800">
            {key === "from" ? "From" : "To"} (UTC)
          </label>
          <input id={key} name={key} type="date" className="input" defaultValue={filter[key] ?? ""} />
        </div>
      ))}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary">
          Filter
        </button>
        <Link href={`/classes/${classroomId}/moderation/audit`} className="btn-secondary">
          Clear
        </Link>
      </div>
    </form>
  );
}

function Choice({ id, label, value, anyLabel, options }: { id: string; label: string; value?: string; anyLabel: string; options: [string, string][] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={id} className="input" defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
