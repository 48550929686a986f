import type { Metadata } from "next";
import Link from "next/link";
import { LinkPending } from "@/components/ui/link-pending";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { isModerator } from "@/lib/authz";
import { getDebateView } from "@/lib/debate/debate-view";
import { parseStanceFilter } from "@/lib/debate/debate-schemas";
import { plural, sectionTitle } from "@/lib/format";
import { SectionBreadcrumbs } from "@/components/readings/section-breadcrumbs";
import { DebateFilter, debateHref, EMPTY_STANCE, FILTER_LABELS } from "@/components/debate/debate-filter";
import { DebateSummary } from "@/components/debate/debate-counts";
import { DebateColumns } from "@/components/debate/debate-columns";
import { DebatePostList } from "@/components/debate/debate-post";
import { UnansweredChallenges } from "@/components/debate/debate-unanswered";
import { RefreshOnChange } from "@/components/live/refresh-on-change";

export const metadata: Metadata = { title: "Debate" };

export default async function DebatePage({ params, searchParams }: PageProps<"/assignments/[assignmentId]/sections/[position]/debate">) {
  const [{ assignmentId, position: positionParam }, { stance, cursor }] = await Promise.all([params, searchParams]);
  const sectionPath = `/assignments/${assignmentId}/sections/${positionParam}`;
  const debatePath = `${sectionPath}/debate`;
  const viewer = await requireViewer(debatePath);
  const filter = parseStanceFilter(stance);
  const view = await getDebateView(viewer.id, assignmentId, Number(positionParam), {
    filter,
    cursor: typeof cursor === "string" ? cursor : null,
  });
  if (!view) notFound();
  const { section, counts } = view;
  return (
    <div className="space-y-6">
      <SectionBreadcrumbs context={view} position={section.position} below="Debate" />
      <RefreshOnChange key={section.id} classId={view.classroom.id} sectionId={section.id} />
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">
          Debate: {sectionTitle(section.position, section.heading)}
        </h1>
        <p className="text-sm">
          <Link href={sectionPath}>Back to the section and its discussion</Link>
          {isModerator(view.role) ? (
            <>
              {" · "}
              <Link href={`${sectionPath}/board`}>Live board for the projector</Link>
            </>
          ) : null}
        </p>
      </header>
      {view.onlyOwn ? (
        <p className="rounded-md border border-indigo-200 bg-indigo-50 p-3 text-sm text-indigo-950" data-testid="post-first-notice">
          Post your own response in this section to see your classmates&apos;. <Link href={sectionPath}>Respond in Section {section.position}</Link>
        </p>
      ) : null}
      <section aria-labelledby="stances-heading" className="space-y-4">
        <h2 id="stances-heading" className="text-xl font-semibold">
          {filter ? `${FILTER_LABELS[filter]} (${counts.byStance[filter]})` : "Responses by stance"}
        </h2>
        <DebateSummary counts={counts} />
        <DebateFilter debatePath={debatePath} active={filter} counts={counts} />
        {view.columns ? <DebateColumns columns={view.columns} debatePath={debatePath} sectionPath={sectionPath} /> : null}
        {view.page ? (
          <div className="card space-y-4" data-testid="stance-results">
            {view.page.posts.length === 0 ? (
              <p className="text-slate-700">{cursor ? "No older responses." : EMPTY_STANCE}</p>
            ) : (
              <DebatePostList posts={view.page.posts} sectionPath={sectionPath} label={`Responses: ${FILTER_LABELS[view.page.stance]}`} />
            )}
            <div className="flex flex-wrap items-center gap-3 text-sm">
              {view.page.nextCursor ? (
                <Link href={debateHref(debatePath, view.page.stance, view.page.nextCursor)} className="btn-secondary">
                  Show older responses
                  <LinkPending />
                </Link>
              ) : null}
              {cursor ? <Link href={debateHref(debatePath, view.page.stance)}>Back to the newest</Link> : null}
              <span className="text-slate-700">{plural(counts.byStance[view.page.stance], "response")} in all</span>
            </div>
          </div>
        ) : null}
      </section>
      <UnansweredChallenges unanswered={view.unanswered} challengeCount={counts.byStance.challenges} sectionPath={sectionPath} />
    </div>
  );
}
