import type { Role } from "@/lib/generated/prisma/enums";

const LABELS: Record<Role, string> = { TEACHER: "Teacher", TA: "TA", STUDENT: "Student" };

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span className="shrink-0 rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-800">
      {LABELS[role]}
    </span>
  );
}
