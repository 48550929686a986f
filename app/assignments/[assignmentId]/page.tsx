import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getReadingOverview } from "@/lib/readings/queries";
import { describeProgress } from "@/lib/assignments/requirements";
import { can, isModerator } from "@/lib/authz";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ReadingHeader } from "@/components/readings/reading-header";
import { ReadingMeta } from "@/components/readings/reading-meta";
import { AssignmentDates } from "@/components/assignments/assignment-dates";
import { LateBadge, StatusBadge } from "@/components/assignments/status-badge";
import { plural, sectionTitle } from "@/lib/format";
import { PageSection } from "@/components/ui/page-section";
import { PollCard } from "@/components/poll/poll-card";
import { SuccessNote } from "@/components/ui/success-note";
import { ActionForm } from "@/components/ui/action-form";
import { setAssignmentArchivedAction } from "@/lib/assignments/actions";
import { OwnGradeCard } from "@/components/grading/own-grade-card";

export const metadata: Metadata = { title: "Reading" };

export default async function ReadingOverviewPage({ params, searchParams }: PageProps<"/assignments/[assignmentId]">) {
  const [{ assignmentId }, { saved }] = await Promise.all([params, searchParams]);
  const viewer = await requireViewer(`/assignments/${assignmentId}`);
  const overview = await getReadingOverview(viewer.id, assignmentId);
  if (!overview) notFound();
  const { progress, requirements } = overview;
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: `/classes/${overview.classroom.id}`, label: overview.classroom.name }, { label: overview.reading.title }]} />
      <ReadingHeader reading={overview.reading} />
      <ReadingMeta reading={overview.reading} />
      <AssignmentDates overview={overview} />
      {saved ? (
        <SuccessNote>
          Assignment saved.
        </SuccessNote>
      ) : null}
      {can(overview.role, "assign:reading") && !overview.classroom.archived ? (
        <nav aria-label="Assignment" className="flex flex-wrap gap-3 text-sm">
          <Link href={`/assignments/${assignmentId}/edit`}>Edit assignment</Link>
          <Link href={`/assignments/${assignmentId}/delete`} className="text-red-800">
            Delete assignment
          </Link>
          <ActionForm
            action={setAssignmentArchivedAction}
            fields={{ assignmentId, archived: String(!overview.archived) }}
            submitLabel={overview.archived ? "Restore assignment" : "Archive assignment"}
            pendingLabel="Saving…"
            className="btn-quiet -my-1"
          />
        </nav>
      ) : null}
      {progress ? (
        <section aria-labelledby="progress-heading" className="card space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id="progress-heading" className="text-lg font-semibold">
              Your progress
            </h2>
            <StatusBadge status={progress.status} />
            {progress.postedLate || progress.overdue ? <LateBadge /> : null}
          </div>
          <p data-testid="progress-summary">{describeProgress(progress)}</p>
          {requirements.minWords > 0 ? (
            <p className="text-sm text-slate-700">
              A response counts when it has at least {plural(requirements.minWords, "word")}.
              {progress.shortResponses > 0 ? ` ${plural(progress.shortResponses, "response")} of yours ${progress.shortResponses === 1 ? "is" : "are"} shorter.` : ""}
            </p>
          ) : null}
          {requirements.minReplies > 0 ? <p className="text-sm text-slate-700">Replies count when they answer a classmate&apos;s response.</p> : null}
        </section>
      ) : isModerator(overview.role) ? (
        <p className="flex flex-wrap gap-x-4">
          <Link href={`/classes/${overview.classroom.id}/overview`}>See who has met the requirements</Link>
          {can(overview.role, "view:roster") ? <Link href={`/assignments/${assignmentId}/dashboard`}>Dashboard</Link> : null}
          {can(overview.role, "grade:assignment", overview.classroom) ? <Link href={`/assignments/${assignmentId}/grading`}>Grading</Link> : null}
        </p>
      ) : null}
      <OwnGradeCard viewerId={viewer.id} assignmentId={assignmentId} />
      {/* The stance poll: students answer here, teachers and TAs follow a link to the results. */}
      <PollCard viewerId={viewer.id} assignmentId={assignmentId} />
      <p className="text-sm">
        <Link href={`/assignments/${assignmentId}/export`}>Export the discussion</Link> (to print, or as Markdown or JSON)
      </p>
      <PageSection id="sections-heading" title="Sections">
        <ol className="space-y-3">
          {overview.sections.map((section) => (
            <li key={section.position} className="card">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  <Link href={`/assignments/${assignmentId}/sections/${section.position}`}>{sectionTitle(section.position, section.heading)}</Link>
                </h3>
                <span className="flex items-baseline gap-3 text-sm text-slate-700">
                  {progress ? (
                    <span data-testid={`section-${section.position}-answered`} className={section.answered ? "font-medium text-emerald-800" : ""}>
                      {section.answered ? "✓ Answered" : "Not answered"}
                    </span>
                  ) : null}
                  <span data-testid={`section-${section.position}-count`}>
                    {section.responseCount === null ? "Respond to see classmates" : plural(section.responseCount, "response")}
                  </span>
                </span>
              </div>
              {section.question ? <p className="mt-1 font-medium text-slate-800">{section.question}</p> : null}
              <p className="mt-1 font-serif text-slate-700">{section.excerpt}</p>
            </li>
          ))}
        </ol>
      </PageSection>
    </div>
  );
}
