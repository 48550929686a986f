import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getBoardView } from "@/lib/board/board-view";
import { plural, sectionTitle } from "@/lib/format";
import { RefreshOnChange } from "@/components/live/refresh-on-change";
import { NamesSwitch } from "@/components/board/names-switch";
import { PresenceCount } from "@/components/board/presence-count";
import { SpotlightCard } from "@/components/board/spotlight-card";
import { BoardColumns, BoardPassages, BoardUnanswered } from "@/components/board/board-panels";

export const metadata: Metadata = { title: "Live board" };

// The teacher's board for the projector (moderators only). Names are hidden unless ?names=shown.
export default async function BoardPage({ params, searchParams }: PageProps<"/assignments/[assignmentId]/sections/[position]/board">) {
  const [{ assignmentId, position: positionParam }, { names }] = await Promise.all([params, searchParams]);
  const sectionPath = `/assignments/${assignmentId}/sections/${positionParam}`;
  const boardPath = `${sectionPath}/board`;
  const viewer = await requireViewer(boardPath);
  const showNames = names === "shown";
  const view = await getBoardView(viewer.id, assignmentId, Number(positionParam), { showNames });
  if (!view) notFound();
  const { section } = view;
  return (
    // Wider than the site's column: the board fills a 1280×720 projector screen.
    <div className="relative left-1/2 w-[calc(100vw-3rem)] max-w-[110rem] -translate-x-1/2 space-y-3 text-slate-950" data-testid="board">
      <RefreshOnChange key={section.id} classId={view.classroom.id} sectionId={section.id} />
      <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <div>
          <h1 className="text-3xl font-bold">{sectionTitle(section.position, section.heading)}</h1>
          <p className="text-lg text-slate-800">
            {view.reading.title} · {plural(view.responseCount, "response")} ·{" "}
            <Link href={sectionPath} className="text-base">
              Back to the section
            </Link>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-xl">
          <PresenceCount key={String(showNames)} sectionPath={sectionPath} withNames={showNames} spotlightId={view.spotlight?.id ?? null} initial={view.presence} className="font-semibold" />
          <NamesSwitch hidden={!showNames} hiddenHref={boardPath} shownHref={`${boardPath}?names=shown`} />
        </div>
      </header>
      <div className="grid items-start gap-3 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        <div className="space-y-3">
          <BoardColumns view={view} />
          <BoardUnanswered view={view} />
        </div>
        <div className="space-y-3">
          {view.spotlight ? <SpotlightCard spotlight={view.spotlight} clear={{ assignmentId, position: section.position }} className="text-lg" /> : null}
          <BoardPassages passages={view.passages} />
        </div>
      </div>
    </div>
  );
}
