import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getSectionView } from "@/lib/sections/section-view";
import { SectionBreadcrumbs } from "@/components/readings/section-breadcrumbs";
import { SectionNav } from "@/components/readings/section-nav";
import { ResponseForm } from "@/components/discussion/response-form";
import { ResponseList } from "@/components/discussion/response-list";
import { PostingBlocked, PostingRules } from "@/components/discussion/posting-notices";
import { SectionLockForm } from "@/components/moderation/section-lock-form";
import Link from "next/link";
import { LinkPending } from "@/components/ui/link-pending";
import { sectionTitle } from "@/lib/format";
import { parsePassageParam } from "@/lib/debate/passages";
import { PassageSelectionProvider } from "@/components/debate/passage-selection";
import { SectionText } from "@/components/debate/section-text";
import { PassageBar } from "@/components/debate/passage-bar";
import { QuotedPassageList, QuotingPosts } from "@/components/debate/quoted-passages";
import { ClaimNotes } from "@/components/claims/claim-notes";
import { ClaimForm } from "@/components/claims/claim-form";
import { getSpotlight } from "@/lib/board/spotlight";
import { getPresence } from "@/lib/presence/presence";
import { SpotlightCard } from "@/components/board/spotlight-card";
import { PresenceCount } from "@/components/board/presence-count";
import { LiveResponseCount, NewResponsesControl, SectionLive } from "@/components/live/section-live";

export const metadata: Metadata = { title: "Section" };

export default async function SectionPage({ params, searchParams }: PageProps<"/assignments/[assignmentId]/sections/[position]">) {
  const [{ assignmentId, position: positionParam }, { cursor, passage }] = await Promise.all([params, searchParams]);
  const position = Number(positionParam);
  const path = `/assignments/${assignmentId}/sections/${positionParam}`;
  const viewer = await requireViewer(path);
  const [view, spotlight, presence] = await Promise.all([
    getSectionView(viewer.id, assignmentId, position, {
      cursor: typeof cursor === "string" ? cursor : null,
      passage: parsePassageParam(passage),
    }),
    getSpotlight(viewer.id, assignmentId, position),
    getPresence(viewer.id, assignmentId, position, { withNames: true }),
  ]);
  if (!view || !presence) notFound();
  const { section } = view;
  const canRespond = view.canPost && !view.postingBlockedBecause;
  return (
    <div className="space-y-6">
      <SectionBreadcrumbs context={view} position={section.position} />
      <PresenceCount sectionPath={path} withNames={view.canModerate} spotlightId={spotlight?.id ?? null} initial={presence} className="text-sm text-slate-700" />
      {spotlight ? <SpotlightCard spotlight={spotlight} clear={view.canModerate ? { assignmentId, position: section.position } : null} /> : null}
      <PassageSelectionProvider>
        <div className={view.claims.length > 0 || view.canMarkClaims ? "grid grid-cols-[minmax(0,1fr)] items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]" : undefined}>
          <article aria-labelledby="section-heading" className="card space-y-4">
            <h1 id="section-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
              {sectionTitle(section.position, section.heading)}
            </h1>
            <SectionText body={section.body} html={view.textHtml} path={path} />
            <QuotedPassageList body={section.body} heat={view.passages.heat} path={path} />
            <PassageBar sentences={view.passages.sentences} canRespond={canRespond} />
            {view.canMarkClaims ? <ClaimForm assignmentId={assignmentId} position={section.position} /> : null}
          </article>
          <ClaimNotes claims={view.claims} canMarkClaims={view.canMarkClaims} assignmentId={assignmentId} position={section.position} />
        </div>
        {view.openPassage ? <QuotingPosts passage={view.openPassage} path={path} /> : null}
        {section.question ? (
          <aside aria-label="Discussion question" className="rounded-lg border-l-4 border-indigo-600 bg-indigo-50 p-4">
            <p className="text-sm font-semibold text-indigo-900">Discussion question</p>
            <p className="mt-1 text-slate-900">{section.question}</p>
          </aside>
        ) : null}
        <SectionNav assignmentId={assignmentId} previous={view.previousPosition} next={view.nextPosition} />
        <section aria-labelledby="discussion-heading" className="space-y-4">
          <h2 id="discussion-heading" tabIndex={-1} className="text-xl font-semibold">
            Discussion <span className="text-base font-normal text-slate-700">(<LiveResponseCount count={view.responseCount} />)</span>
          </h2>
          <SectionLive key={section.id} classId={view.classroom.id} assignmentId={assignmentId} position={section.position} sectionId={section.id} renderedAt={new Date().toISOString()} responseCount={view.responseCount} isFirstPage={!cursor} />
          <p className="text-sm">
            <Link href={`${path}/debate`}>
              Debate view: responses by stance, and unanswered challenges
              <LinkPending />
            </Link>
          </p>
          {view.canModerate ? (
            <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="moderator-tools">
              <Link href={`/classes/${view.classroom.id}/moderation`}>Moderation queue</Link>
              <Link href={`${path}/board`}>Live board</Link>
              <SectionLockForm assignmentId={assignmentId} position={section.position} locked={view.sectionLock !== null} />
            </div>
          ) : null}
          {view.postingBlockedBecause ? <PostingBlocked reason={view.postingBlockedBecause} /> : null}
          {view.onlyOwn ? (
            <p className="rounded-md border border-indigo-200 bg-indigo-50 p-3 text-slate-900" data-testid="post-first-notice">
              Post your own response first: your classmates&apos; posts in this section appear once you have.
            </p>
          ) : null}
          {canRespond ? (
            <>
              <PostingRules rules={view.rules} />
              <ResponseForm assignmentId={assignmentId} position={section.position} stanceRequired={view.stanceRequired} idempotencyKey={crypto.randomUUID()} />
            </>
          ) : null}
          <NewResponsesControl />
          {/* No Suspense: streamed-in HTML shows only by script, and the discussion must read without it. */}
          <ResponseList page={view.page} canReply={canRespond} path={path} isFirstPage={!cursor} classId={view.classroom.id} stanceRequired={view.stanceRequired} />
        </section>
      </PassageSelectionProvider>
    </div>
  );
}
