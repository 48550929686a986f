import Link from "next/link";
import type { ClassroomSummary } from "@/lib/classes/queries";
import { ArchivedBadge, RoleBadge } from "@/components/classes/role-badge";
import { plural } from "@/lib/format";

export function ClassroomList({ classrooms }: { classrooms: ClassroomSummary[] }) {
  if (classrooms.length === 0) {
    return (
      <div className="card text-center text-slate-700">
        <p className="font-medium text-slate-900">You are not in any class yet.</p>
        <p className="mt-1">Join one with the code your teacher gave you, or create a class to teach.</p>
      </div>
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
