import Link from "next/link";
import type { ClassOverview } from "@/lib/assignments/class-overview";
import { LocalTime } from "@/components/ui/local-time";
import { LateBadge, StatusBadge } from "@/components/assignments/status-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function ClassOverviewTables({ overview }: { overview: ClassOverview }) {
  if (overview.assignments.length === 0) return <p className="card text-slate-700">No readings are assigned yet.</p>;
  return (
    <div className="space-y-8">
      {overview.assignments.map((assignment) => (
        <section key={assignment.id} aria-labelledby={`overview-${assignment.id}`} className="space-y-2" data-testid="assignment-overview">
          <h2 id={`overview-${assignment.id}`} className="font-serif text-xl font-semibold">
            <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
          </h2>
          <p className="text-sm text-slate-700">
            {assignment.dueAt ? (
              <>
                Due <LocalTime iso={assignment.dueAt} form="due" />
              </>
            ) : (
              "No due time"
            )}{" "}
            · <Link href={`/assignments/${assignment.id}/dashboard`}>Dashboard</Link>{" "}
            · <span data-testid="overview-counts">{assignment.counts.MET} met the requirements, {assignment.counts.IN_PROGRESS} in progress, {assignment.counts.NOT_STARTED} not started</span>
          </p>
          {assignment.students.length === 0 ? (
            <p className="card text-slate-700">No students have joined yet.</p>
          ) : (
            <ScrollRegion label={`Progress on ${assignment.title}`}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Each student&apos;s progress on {assignment.title}</caption>
                <thead className="border-b border-slate-200 bg-slate-50">
                  <tr>
                    <th scope="col" className="px-4 py-2">Student</th>
                    <th scope="col" className="px-4 py-2">Status</th>
                    <th scope="col" className="px-4 py-2">Progress</th>
                    <th scope="col" className="px-4 py-2">Sections answered</th>
                  </tr>
                </thead>
                <tbody>
                  {assignment.students.map((student) => (
                    <tr key={student.email} className="border-b border-slate-100" data-testid="overview-row">
                      <th scope="row" className="px-4 py-2 font-medium">
                        {student.name}
                        <span className="block text-xs font-normal text-slate-600">{student.email}</span>
                      </th>
                      <td className="px-4 py-2">
                        <span className="flex flex-wrap gap-1">
                          <StatusBadge status={student.status} />
                          {student.late ? <LateBadge /> : null}
                        </span>
                      </td>
                      <td className="px-4 py-2">{student.summary}</td>
                      <td className="px-4 py-2">
                        {student.answeredSections} of {assignment.sectionCount}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </section>
      ))}
    </div>
  );
}
