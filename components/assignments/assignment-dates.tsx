import type { AssignmentContext } from "@/lib/assignments/context";
import { isModerator } from "@/lib/authz";
import { LocalTime } from "@/components/ui/local-time";

// When the assignment opens and is due, and what the window means for the viewer right now.
export function AssignmentDates({ overview }: { overview: AssignmentContext }) {
  const { window, dueAt, opensAt, latePolicy, role } = overview;
  const staff = isModerator(role);
  return (
    <div className="space-y-1 text-sm text-slate-800">
      <p>
        {staff ? (
          <>
            Opens <LocalTime iso={opensAt} />
            {" · "}
          </>
        ) : null}
        {dueAt ? (
          <>
            Due <LocalTime iso={dueAt} form={window.phase === "CLOSED" ? "exact" : "due"} />
            {latePolicy === "CLOSE_AT_DUE" ? " (the discussion closes then)" : " (late posts are accepted, marked late)"}
          </>
        ) : (
          "No due time"
        )}
      </p>
      {staff && window.phase === "UPCOMING" ? <p className="font-medium">Students can&apos;t see this assignment until it opens.</p> : null}
      {!staff && window.reason ? (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-950">
          <StudentNote overview={overview} />
        </p>
      ) : null}
      {staff && window.phase === "ARCHIVED" ? <p role="note">{window.reason}</p> : null}
    </div>
  );
}

// The window's reason, with the due time in the viewer's zone rather than the reason's UTC.
function StudentNote({ overview: { window, dueAt } }: { overview: AssignmentContext }) {
  if (dueAt && window.phase === "LATE") return <>This was due on <LocalTime iso={dueAt} />; posts now are marked late.</>;
  if (dueAt && window.phase === "CLOSED") return <>This discussion closed on <LocalTime iso={dueAt} />.</>;
  return <>{window.reason}</>;
}
