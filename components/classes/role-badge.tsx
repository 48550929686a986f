import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/authz";

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span className="shrink-0 rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-800">
      {ROLE_LABELS[role]}
    </span>
  );
}

export function ArchivedBadge() {
  return <span className="shrink-0 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800">Archived</span>;
}
