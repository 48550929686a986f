import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getGradingView } from "@/lib/grading/grading-view";
import { setGradesReleasedAction } from "@/lib/grading/actions";
import { AssignmentBreadcrumbs } from "@/components/assignments/assignment-breadcrumbs";
import { ActionForm } from "@/components/ui/action-form";
import { EmptyState } from "@/components/ui/page-section";
import { LocalTime } from "@/components/ui/local-time";
import { GradeForm } from "@/components/grading/grade-form";
import { GradingRoster } from "@/components/grading/grading-roster";
import { GradingShortcuts } from "@/components/grading/grading-shortcuts";
import { PostInContextCard } from "@/components/grading/post-in-context";
import { ScoreBreakdown, TotalLine } from "@/components/grading/score-breakdown";

export const metadata: Metadata = { title: "Grading" };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function GradingPage({ params, searchParams }: PageProps<"/assignments/[assignmentId]/grading">) {
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const base = `/assignments/${assignmentId}/grading`;
  const viewer = await requireViewer(base);
  const ungradedOnly = one(query.ungraded) === "1";
  const view = await getGradingView(viewer.id, assignmentId, { studentId: one(query.student), ungradedOnly, after: one(query.after) });
  if (!view) notFound();
  const hrefFor = (studentId: string) => `${base}?student=${studentId}${ungradedOnly ? "&ungraded=1" : ""}`;
  const { current } = view;
  return (
    <div className="space-y-6">
      <AssignmentBreadcrumbs classroom={view.assignment.classroom} assignmentId={assignmentId} title={view.assignment.title} current="Grading" />
      <h1 className="text-2xl font-semibold">Grading: {view.assignment.title}</h1>
      <nav aria-label="Grading" className="flex flex-wrap items-center gap-3 text-sm">
        {view.canConfigure ? (
          <>
            <Link href={`${base}/settings`}>Grading settings</Link>
            <Link href="/rubrics">Your rubrics</Link>
          </>
        ) : null}
        <a href={`/api/assignments/${assignmentId}/gradebook.csv?format=canvas`}>Gradebook CSV: Canvas</a>
        <a href={`/api/assignments/${assignmentId}/gradebook.csv?format=moodle`}>Moodle</a>
        <a href={`/api/assignments/${assignmentId}/gradebook.csv?format=google`}>Google Classroom</a>
        <Link href={ungradedOnly ? `${base}${current ? `?student=${current.grade.student.id}` : ""}` : `${base}?ungraded=1`}>
          {ungradedOnly ? "Show every student" : "Ungraded only"}
        </Link>
      </nav>
      <div className="card flex flex-wrap items-center gap-3">
        <p className="flex-1" data-testid="release-status">
          {view.releasedAt ? (
            <>
              Released to students on <LocalTime iso={view.releasedAt} />. Each student sees only their own grade.
            </>
          ) : (
            "Hidden from students until you release them."
          )}
        </p>
        <ActionForm
          action={setGradesReleasedAction}
          fields={{ assignmentId, released: String(!view.releasedAt) }}
          submitLabel={view.releasedAt ? "Hide grades from students" : "Release grades"}
          pendingLabel="Saving…"
        />
      </div>
      {!view.participationOn && !view.rubric ? (
        <p className="card text-slate-700">
          No participation score or rubric yet:{" "}
          {view.canConfigure ? (
            <>
              set them up in <Link href={`${base}/settings`}>grading settings</Link>, or
            </>
          ) : (
            "the class's teacher sets them up; meanwhile"
          )}{" "}
          grade with an override and feedback.
        </p>
      ) : null}
      <p className="text-sm text-slate-700">
        Keyboard: <kbd>j</kbd> next student, <kbd>k</kbd> previous student (not while typing in a field).
      </p>
      <GradingShortcuts previousHref={view.previousId ? hrefFor(view.previousId) : null} nextHref={view.nextId ? hrefFor(view.nextId) : null} />
      <div className="grid gap-6 lg:grid-cols-[14rem_1fr_20rem]">
        <GradingRoster roster={view.roster} currentId={current?.grade.student.id ?? null} hrefFor={hrefFor} />
        {current ? (
          <>
            <section aria-labelledby="student-heading" className="min-w-0 space-y-3">
              <h2 id="student-heading" className="text-xl font-semibold" data-testid="graded-student">
                {current.grade.student.name}
              </h2>
              {current.posts.items.length === 0 && current.posts.isFirstPage ? (
                <EmptyState>No posts in this assignment yet.</EmptyState>
              ) : (
                <ol className="space-y-3">
                  {current.posts.items.map((item) => (
                    <PostInContextCard key={item.post.id} item={item} classId={view.assignment.classroom.id} />
                  ))}
                </ol>
              )}
              {current.posts.isFirstPage && !current.posts.after ? null : (
                <p className="flex flex-wrap gap-4 text-sm">
                  {current.posts.isFirstPage ? null : <Link href={hrefFor(current.grade.student.id)}>Back to their first posts</Link>}
                  {current.posts.after ? (
                    <Link href={`${hrefFor(current.grade.student.id)}&after=${encodeURIComponent(current.posts.after)}`} data-testid="more-posts">
                      Show more posts
                    </Link>
                  ) : null}
                </p>
              )}
            </section>
            <section aria-labelledby="grade-heading" className="card space-y-3">
              <h2 id="grade-heading" className="text-lg font-semibold">
                Grade
              </h2>
              <TotalLine total={current.grade.total} />
              {current.grade.gradedAt ? (
                <p className="text-sm text-slate-700">
                  Saved <LocalTime iso={current.grade.gradedAt} form="relative" />
                </p>
              ) : null}
              {current.grade.participation ? <ScoreBreakdown score={current.grade.participation} /> : null}
              <GradeForm
                key={current.grade.student.id}
                assignmentId={assignmentId}
                studentId={current.grade.student.id}
                studentName={current.grade.student.name}
                criteria={view.rubric?.criteria ?? []}
                levels={current.grade.levels}
                overridePoints={current.grade.total.overridden ? current.grade.total.total : null}
                overrideReason={current.grade.overrideReason}
                feedback={current.grade.feedback}
                max={current.grade.total.max}
              />
            </section>
          </>
        ) : (
          <EmptyState>{ungradedOnly ? "Every student is graded." : "No students in this class yet."}</EmptyState>
        )}
      </div>
    </div>
  );
}
