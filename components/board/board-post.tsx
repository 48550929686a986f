import type { BoardPost } from "@/lib/board/board-view";
import { plural } from "@/lib/format";
import { LocalTime } from "@/components/ui/local-time";
import { KindBadge, StanceBadge } from "@/components/debate/stance-badge";
import { SpotlightButton } from "@/components/board/spotlight-button";

// One response in projector size: the quote and the start of the text, clipped to stay on screen.
export function BoardPostItem({ post, spotlighted, showStance = false }: { post: BoardPost; spotlighted: boolean; showStance?: boolean }) {
  const label = post.author ? `response by ${post.author}` : "this response";
  return (
    <article aria-label={post.author ? `Response by ${post.author}` : "Response"} className="space-y-1" data-testid="board-post">
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-base">
        {post.author ? <span className="font-semibold text-slate-950">{post.author}</span> : null}
        {showStance ? <StanceBadge stance={post.stance} /> : null}
        <KindBadge kind={post.kind} />
        <LocalTime iso={post.createdAt} form="relative" className="text-slate-700" />
      </header>
      {post.quote ? <blockquote className="line-clamp-2 border-l-4 border-amber-400 pl-2 font-serif text-slate-900">{post.quote.text}</blockquote> : null}
      <p className="line-clamp-3 text-lg leading-snug break-words text-slate-950">{post.excerpt}</p>
      <footer className="flex flex-wrap items-center gap-x-3 text-sm text-slate-700">
        <span>{plural(post.replyCount, "reply", "replies")}</span>
        {spotlighted ? <span className="font-semibold text-amber-900">In the spotlight</span> : <SpotlightButton postId={post.id} label={label} />}
      </footer>
    </article>
  );
}
