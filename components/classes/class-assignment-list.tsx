import Link from "next/link";
import type { AssignmentSummary } from "@/lib/classes/queries";
import { LocalTime } from "@/components/ui/local-time";
import { plural } from "@/lib/format";
import { EmptyState } from "@/components/ui/page-section";

const PHASE_NOTES = { UPCOMING: "Not yet open to students", LATE: "Past due: late posts accepted", CLOSED: "Closed", OPEN: null, ARCHIVED: null };

export function ClassAssignmentList({ assignments, canAssign, staff }: { assignments: AssignmentSummary[]; canAssign: boolean; staff: boolean }) {
  if (assignments.length === 0) {
    return (
      <EmptyState title="No readings assigned yet.">
        {canAssign
          ? "Assign the sample essay above, or choose a reading in the form below."
          : "When your teacher assigns one, it appears here and on your home page, with what to write and by when."}
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-3">
      {assignments.map((assignment) => (
        <li key={assignment.id} className="card space-y-1">
          <h3 className="font-serif text-lg font-semibold">
            <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
          </h3>
          {assignment.subtitle ? <p className="text-slate-700">{assignment.subtitle}</p> : null}
          <p className="text-sm text-slate-700">
            {plural(assignment.sectionCount, "section")}
            {staff ? (
              <>
                {" "}
                · Opens <LocalTime iso={assignment.opensAt} />
              </>
            ) : null}
            {assignment.dueAt ? (
              <>
                {" "}
                · Due <LocalTime iso={assignment.dueAt} form={assignment.phase === "CLOSED" ? "exact" : "due"} />
              </>
            ) : null}
            {PHASE_NOTES[assignment.phase] ? ` · ${PHASE_NOTES[assignment.phase]}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
