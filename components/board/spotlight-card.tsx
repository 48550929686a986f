import type { SpotlightView } from "@/lib/board/spotlight";
import { clearSpotlightAction } from "@/lib/board/actions";
import { permalinkPath } from "@/lib/discussion/permalink-path";
import { ActionForm } from "@/components/ui/action-form";
import { LocalTime } from "@/components/ui/local-time";
import { Markdown } from "@/components/ui/markdown";
import { QuoteBlock } from "@/components/debate/post-argument";
import { KindBadge, StanceBadge } from "@/components/debate/stance-badge";

type SectionRef = { assignmentId: string; position: number };

// The post a teacher put in the spotlight, highlighted at the top of the section page and on the
// board. `clear` (moderators only) offers to take it down.
export function SpotlightCard({ spotlight, clear, className = "" }: { spotlight: SpotlightView; clear: SectionRef | null; className?: string }) {
  return (
    <section aria-labelledby="spotlight-heading" className={`rounded-lg border-2 border-amber-500 bg-amber-50 p-4 ${className}`} data-testid="spotlight">
      <h2 id="spotlight-heading" className="text-sm font-semibold uppercase tracking-wide text-amber-900">
        In the spotlight
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        {spotlight.author ? (
          <span className="font-semibold text-slate-900" data-testid="spotlight-author">
            {spotlight.author}
          </span>
        ) : null}
        <StanceBadge stance={spotlight.stance} />
        <KindBadge kind={spotlight.kind} />
        <LocalTime iso={spotlight.createdAt} form="relative" className="text-slate-700" />
      </p>
      {spotlight.quote ? <QuoteBlock quote={spotlight.quote} /> : null}
      <div className="line-clamp-6">{spotlight.html !== null ? <Markdown html={spotlight.html} /> : null}</div>
      <div className="mt-2 flex flex-wrap items-start gap-3 text-sm">
        <a href={permalinkPath(spotlight.id)}>Go to the post in the discussion</a>
        {clear ? <ActionForm action={clearSpotlightAction} fields={clear} submitLabel="Clear the spotlight" pendingLabel="Clearing…" className="btn-secondary py-1" /> : null}
      </div>
    </section>
  );
}
