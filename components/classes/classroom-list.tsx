import Link from "next/link";
import type { ClassroomSummary } from "@/lib/classes/queries";
import { ArchivedBadge, RoleBadge } from "@/components/classes/role-badge";
import { plural } from "@/lib/format";
import { EmptyState } from "@/components/ui/page-section";

export function ClassroomList({ classrooms }: { classrooms: ClassroomSummary[] }) {
  if (classrooms.length === 0) {
    return (
      <EmptyState
        title="You are not in any class yet."
        actions={
          <Link href="/join" className="btn-primary">
            Join with a code
          </Link>
        }
      >
        A student joins with the code or link the teacher shares; a teacher creates a class and assigns a reading.
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {classrooms.map((classroom) => (
        <li key={classroom.id} className="card">
          <div className="flex items-start justify-between gap-3">
            <h2 className="text-lg font-semibold">
              <Link href={`/classes/${classroom.id}`}>{classroom.name}</Link>
            </h2>
            <div className="flex gap-2">
              {classroom.archived ? <ArchivedBadge /> : null}
              <RoleBadge role={classroom.role} />
            </div>
          </div>
          <p className="mt-2 text-sm text-slate-700">
            {plural(classroom.memberCount, "member")} · {plural(classroom.assignmentCount, "reading")}
          </p>
        </li>
      ))}
    </ul>
  );
}
