import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getPollView } from "@/lib/poll/poll-view";
import { getPollResults } from "@/lib/poll/poll-results";
import { plural } from "@/lib/format";
import { AssignmentBreadcrumbs } from "@/components/assignments/assignment-breadcrumbs";
import { LocalTime } from "@/components/ui/local-time";
import { StudentPollCard } from "@/components/poll/student-poll";
import { DistributionChart } from "@/components/poll/distribution-chart";
import { ShiftTable } from "@/components/poll/shift-table";
import { AfterRoundForm, ThesisForm } from "@/components/poll/settings-forms";

export const metadata: Metadata = { title: "Stance poll" };

export default async function PollPage({ params }: PageProps<"/assignments/[assignmentId]/poll">) {
  const { assignmentId } = await params;
  const viewer = await requireViewer(`/assignments/${assignmentId}/poll`);
  const [poll, results] = await Promise.all([getPollView(viewer.id, assignmentId), getPollResults(viewer.id, assignmentId)]);
  if (!poll) notFound();
  const { afterRound } = poll;
  return (
    <div className="space-y-6">
      <AssignmentBreadcrumbs classroom={poll.classroom} assignmentId={assignmentId} title={poll.title} current="Stance poll" />
      <h1 className="font-serif text-3xl font-semibold">Stance poll</h1>
      {poll.classroom.archived ? <p className="card text-slate-700">This class is archived and read-only.</p> : null}

      {poll.mine ? <StudentPollCard poll={poll} mine={poll.mine} /> : null}
      {!poll.mine && !results ? <p className="card text-slate-700">There is no stance poll for this reading.</p> : null}

      {results ? (
        <>
          <section aria-labelledby="thesis-heading" className="card space-y-3">
            <h2 id="thesis-heading" className="text-lg font-semibold">
              Thesis
            </h2>
            {poll.canConfigure && !poll.classroom.archived ? (
              <ThesisForm assignmentId={assignmentId} thesis={poll.thesis} answered={results.before.total + results.after.total} />
            ) : (
              <p className="font-serif text-lg">{poll.thesis ?? "No stance poll for this reading."}</p>
            )}
          </section>

          {poll.thesis !== null ? (
            <>
              <section aria-labelledby="rounds-heading" className="card space-y-2">
                <h2 id="rounds-heading" className="text-lg font-semibold">
                  Rounds
                </h2>
                <p>
                  <span className="font-medium">Before reading:</span> open until the after round opens. A student’s answer locks once they post in this reading.
                </p>
                <p data-testid="after-round-status">
                  <span className="font-medium">After the discussion:</span>{" "}
                  {afterRound.open ? (
                    afterRound.openedEarly ? "open (you opened it early)." : "open since the due time."
                  ) : afterRound.dueAt ? (
                    <>
                      opens at the due time, <LocalTime iso={afterRound.dueAt} />, or when you open it.
                    </>
                  ) : (
                    "opens when you open it (this reading has no due time)."
                  )}
                </p>
                {poll.canConfigure && !poll.classroom.archived && (!afterRound.open || afterRound.canClose) ? (
                  <AfterRoundForm assignmentId={assignmentId} open={afterRound.open} />
                ) : null}
              </section>

              <section aria-labelledby="results-heading" className="space-y-3">
                <h2 id="results-heading" className="text-xl font-semibold">
                  Class results
                </h2>
                <div className="grid gap-3 md:grid-cols-2">
                  <DistributionChart title="Before reading" distribution={results.before} testId="poll-before-chart" />
                  <DistributionChart title="After the discussion" distribution={results.after} testId="poll-after-chart" />
                </div>
                <p data-testid="poll-shift-summary">
                  {results.shifts.compared === 0
                    ? "No student has answered both rounds yet."
                    : `Of ${plural(results.shifts.compared, "student")} who answered both rounds, ${results.shifts.towardAgree} moved toward agreeing, ${results.shifts.towardDisagree} toward disagreeing and ${results.shifts.unchanged} stayed put (mean shift ${results.shifts.mean! > 0 ? "+" : ""}${results.shifts.mean!.toFixed(1)}).`}
                </p>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">Each student</h3>
                  <a href={`/api/assignments/${assignmentId}/poll.csv`} className="btn-secondary" download>
                    Download CSV
                  </a>
                </div>
                <ShiftTable students={results.students} />
              </section>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
