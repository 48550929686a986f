import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getSectionView } from "@/lib/discussion/section-view";
import { Breadcrumbs } from "@/components/reading/breadcrumbs";
import { SectionNav } from "@/components/reading/section-nav";
import { ResponseForm } from "@/components/discussion/response-form";
import { ResponseList, ResponseListSkeleton } from "@/components/discussion/response-list";
import { PostingBlocked, PostingRules } from "@/components/discussion/posting-notices";
import { SectionLockForm } from "@/components/moderation/section-lock-form";
import Link from "next/link";
import { plural } from "@/lib/format";
import { displayParagraphs } from "@/lib/readings/split";
import { parsePassageParam } from "@/lib/debate/passages";

export const metadata: Metadata = { title: "Section" };

export default async function SectionPage({ params, searchParams }: PageProps<"/assignments/[assignmentId]/sections/[position]">) {
  const [{ assignmentId, position: positionParam }, { cursor, passage }] = await Promise.all([params, searchParams]);
  const position = Number(positionParam);
  const path = `/assignments/${assignmentId}/sections/${positionParam}`;
  const viewer = await requireViewer(path);
  const view = await getSectionView(viewer.id, assignmentId, position, {
    cursor: typeof cursor === "string" ? cursor : null,
    passage: parsePassageParam(passage),
  });
  if (!view) notFound();
  const { section } = view;
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { href: `/classes/${view.classroom.id}`, label: view.classroom.name },
          { href: `/assignments/${assignmentId}`, label: view.reading.title },
          { label: `Section ${section.position}` },
        ]}
      />
      <article aria-labelledby="section-heading" className="card space-y-4">
        <h1 id="section-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
          Section {section.position}
          {section.heading ? `: ${section.heading}` : ""}
        </h1>
        <div className="space-y-3 font-serif text-lg leading-relaxed text-slate-900">
          {displayParagraphs(section.body).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </article>
      {section.question ? (
        <aside aria-label="Discussion question" className="rounded-lg border-l-4 border-indigo-600 bg-indigo-50 p-4">
          <p className="text-sm font-semibold text-indigo-900">Discussion question</p>
          <p className="mt-1 text-slate-900">{section.question}</p>
        </aside>
      ) : null}
      <SectionNav assignmentId={assignmentId} previous={view.previousPosition} next={view.nextPosition} />
      <section aria-labelledby="discussion-heading" className="space-y-4">
        <h2 id="discussion-heading" className="text-xl font-semibold">
          Discussion <span className="text-base font-normal text-slate-700">({plural(view.responseCount, "response")})</span>
        </h2>
        {view.canModerate ? (
          <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="moderator-tools">
            <Link href={`/classes/${view.classroom.id}/moderation`}>Moderation queue</Link>
            <SectionLockForm assignmentId={assignmentId} position={section.position} locked={view.sectionLock !== null} />
          </div>
        ) : null}
        {view.postingBlockedBecause ? <PostingBlocked reason={view.postingBlockedBecause} /> : null}
        {view.canPost && !view.postingBlockedBecause ? (
          <>
            <PostingRules rules={view.rules} />
            <ResponseForm assignmentId={assignmentId} position={section.position} />
          </>
        ) : null}
        <Suspense fallback={<ResponseListSkeleton />}>
          <ResponseList
            page={view.page}
            canReply={view.canPost && !view.postingBlockedBecause}
            path={path}
            isFirstPage={!cursor}
            classId={view.classroom.id}
          />
        </Suspense>
      </section>
    </div>
  );
}
