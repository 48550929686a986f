import Link from "next/link";
import { EmptyState } from "@/components/ui/page-section";
import type { MyAssignment } from "@/lib/assignments/my-assignments";
import { LocalTime } from "@/components/ui/local-time";
import { LateBadge, StatusBadge } from "@/components/assignments/status-badge";

// The student's home: what is due across all classes, soonest first.
export function MyAssignmentList({ assignments }: { assignments: MyAssignment[] }) {
  if (assignments.length === 0) {
    return <EmptyState title="Nothing is due.">New assignments appear here when your teachers open them.</EmptyState>;
  }
  return (
    <ul className="space-y-3">
      {assignments.map((assignment) => (
        <li key={assignment.id} className="card space-y-1" data-testid="my-assignment">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 className="font-serif text-lg font-semibold">
              <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
            </h2>
            <div className="flex gap-2">
              <StatusBadge status={assignment.progress.status} />
              {assignment.progress.postedLate || assignment.progress.overdue ? <LateBadge /> : null}
            </div>
          </div>
          <p className="text-sm text-slate-700">
            {assignment.classroom.name} ·{" "}
            {assignment.dueAt ? (
              <>
                {assignment.phase === "CLOSED" ? "Closed" : "Due"} <LocalTime iso={assignment.dueAt} form={assignment.phase === "CLOSED" ? "exact" : "due"} />
              </>
            ) : (
              "No due date"
            )}
          </p>
          <p className="text-sm text-slate-800" data-testid="progress-summary">
            {assignment.summary}
          </p>
        </li>
      ))}
    </ul>
  );
}
