import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { viewerTimeZone } from "@/lib/time-zone";
import { getDashboard } from "@/lib/dashboard/dashboard";
import { DEFAULT_SORT, parseSort, type Sort } from "@/lib/dashboard/columns";
import { plural } from "@/lib/format";
import { AssignmentBreadcrumbs } from "@/components/assignments/assignment-breadcrumbs";
import { PageSection } from "@/components/ui/page-section";
import { StudentTable } from "@/components/dashboard/student-table";
import { ChartCard } from "@/components/dashboard/chart-card";
import { NetworkDiagram } from "@/components/dashboard/network-diagram";
import { NeedsAttention } from "@/components/dashboard/needs-attention";

export const metadata: Metadata = { title: "Dashboard" };

const ANONYMITY_NOTE = {
  NAMED: "Names are shown: this reading's discussion is named.",
  ANONYMOUS: "Names are hidden, as classmates see this anonymous discussion.",
  PSEUDONYMOUS: "Students show as their pseudonyms, as classmates see them.",
} as const;

export default async function DashboardPage({ params, searchParams }: PageProps<"/assignments/[assignmentId]/dashboard">) {
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const path = `/assignments/${assignmentId}/dashboard`;
  const viewer = await requireViewer(path);
  const sort = parseSort(query.sort, query.dir);
  const projecting = query.projecting === "1";
  const dashboard = await getDashboard(viewer.id, assignmentId, { sort, projecting, timeZone: (await viewerTimeZone()).zone });
  if (!dashboard) notFound();

  const hrefFor = (next: Sort, project = projecting) => {
    const search = new URLSearchParams();
    if (next.key !== DEFAULT_SORT.key || next.direction !== DEFAULT_SORT.direction) {
      search.set("sort", next.key);
      search.set("dir", next.direction);
    }
    if (project) search.set("projecting", "1");
    const text = search.toString();
    return text ? `${path}?${text}` : path;
  };
  const { timeline, sections, students } = dashboard;
  const total = (list: { responses: number; replies: number }[]) => list.reduce((sum, bucket) => sum + bucket.responses + bucket.replies, 0);
  const busiest = sections.reduce<(typeof sections)[number] | null>((best, section) => (!best || total([section]) > total([best]) ? section : best), null);
  const peak = timeline.buckets.reduce<(typeof timeline.buckets)[number] | null>((best, bucket) => (!best || total([bucket]) > total([best]) ? bucket : best), null);

  return (
    <div className="space-y-8">
      <AssignmentBreadcrumbs classroom={dashboard.classroom} assignmentId={assignmentId} title={dashboard.title} current="Dashboard" />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">Dashboard</h1>
        <nav aria-label="Dashboard" className="flex flex-wrap gap-3 text-sm">
          <Link href={hrefFor(sort, !projecting)} className="btn-secondary" data-testid="projecting-toggle">
            {projecting ? "Show names" : "Project to the class"}
          </Link>
          <Link href={`/assignments/${assignmentId}/export`} className="btn-secondary">
            Export the discussion
          </Link>
        </nav>
      </div>
      {projecting ? (
        <p className="card text-slate-700" data-testid="projecting-note">
          Projecting: {ANONYMITY_NOTE[dashboard.anonymity]} Emails are hidden.
        </p>
      ) : null}

      <NeedsAttention attention={dashboard.attention} dueAt={dashboard.dueAt} />

      <PageSection id="students-heading" title="Each student">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm text-slate-700">Published posts only. Select a column heading to sort by it.</p>
          {projecting ? null : (
            <a href={`/api/assignments/${assignmentId}/dashboard.csv`} className="btn-secondary" download>
              Download CSV
            </a>
          )}
        </div>
        <StudentTable rows={students} sort={sort} hrefFor={hrefFor} showStance={dashboard.hasPoll} />
      </PageSection>

      <PageSection id="activity-heading" title="Activity">
        <div className="grid gap-4 lg:grid-cols-2">
          <ChartCard
            id="timeline-heading"
            title={`Posts per ${timeline.unit}`}
            firstColumn={timeline.unit === "hour" ? "Hour" : "Day"}
            data={timeline.buckets}
            testId="timeline-chart"
            summary={
              peak
                ? `${plural(total(timeline.buckets), "post")} from ${timeline.buckets[0]!.label} to ${timeline.buckets.at(-1)!.label}; the busiest ${timeline.unit} was ${peak.label} with ${plural(total([peak]), "post")}.`
                : "Nobody has posted yet."
            }
          />
          <ChartCard
            id="sections-chart-heading"
            title="Posts per section"
            firstColumn="Section"
            data={sections}
            testId="sections-chart"
            summary={busiest && total([busiest]) > 0 ? `${plural(total(sections), "post")} in ${plural(sections.length, "section")}; the most discussed is ${busiest.label} with ${plural(total([busiest]), "post")}.` : "Nobody has posted yet."}
          />
        </div>
        <NetworkDiagram network={dashboard.network} />
      </PageSection>
    </div>
  );
}
