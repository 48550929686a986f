import { permalinkPath } from "@/lib/discussion/permalink-path";
import type { DebatePost } from "@/lib/debate/debate-view";
import { plural } from "@/lib/format";
import { LocalTime } from "@/components/ui/local-time";
import { KindBadge, StanceBadge } from "@/components/debate/stance-badge";
import { QuoteBlock } from "@/components/debate/post-argument";

// One response, compactly: who, which stance and kind, the passage it quotes, the start of the text.
export function DebatePostItem({ post, sectionPath, showStance = true }: { post: DebatePost; sectionPath: string; showStance?: boolean }) {
  return (
    <article aria-label={`Response by ${post.author.name}`} className="space-y-1.5" data-testid="debate-post">
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="font-semibold text-slate-900">{post.author.name}</span>
        {post.author.pseudonym && post.author.pseudonym !== post.author.name ? <span className="text-slate-600">({post.author.pseudonym})</span> : null}
        {post.author.isViewer ? <span className="rounded bg-slate-100 px-1.5 text-xs font-medium text-slate-700">you</span> : null}
        {showStance ? <StanceBadge stance={post.stance} /> : null}
        <KindBadge kind={post.kind} />
        {post.teacherPick ? <span className="rounded bg-emerald-100 px-1.5 text-xs font-medium text-emerald-900">Teacher&apos;s pick</span> : null}
      </header>
      {post.quote ? (
        // Long quotes are clipped to three lines here; the passage link shows it whole.
        <div className="text-sm [&_blockquote]:line-clamp-3">
          <QuoteBlock quote={post.quote} sectionPath={sectionPath} />
        </div>
      ) : null}
      <p className="text-sm break-words text-slate-800">{post.excerpt}</p>
      <footer className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
        <LocalTime iso={post.createdAt} form="relative" />
        <span data-testid="reply-count">{plural(post.replyCount, "reply", "replies")}</span>
        {post.sourceCount > 0 ? <span>{plural(post.sourceCount, "source")}</span> : null}
        <a href={permalinkPath(post.id)}>
          Open in the discussion<span className="sr-only"> (response by {post.author.name})</span>
        </a>
      </footer>
    </article>
  );
}

export function DebatePostList({ posts, sectionPath, showStance, label }: { posts: DebatePost[]; sectionPath: string; showStance?: boolean; label: string }) {
  return (
    <ol className="space-y-4" aria-label={label}>
      {posts.map((post) => (
        <li key={post.id} className="border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
          <DebatePostItem post={post} sectionPath={sectionPath} showStance={showStance} />
        </li>
      ))}
    </ol>
  );
}
