import type { PostView } from "@/lib/discussion/present-post";
import { formatTimestamp } from "@/lib/format";
import { Markdown } from "@/components/discussion/markdown";
import { PostControls } from "@/components/discussion/post-controls";

export function PostCard({ post, canReply }: { post: PostView; canReply: boolean }) {
  if (post.deleted) {
    return <p className="text-sm italic text-slate-600">This post was deleted.</p>;
  }
  return (
    <article aria-label={`Post by ${post.author.name}`} data-testid="post">
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold text-slate-900">{post.author.name}</span>
        {post.author.isViewer ? <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">you</span> : null}
        <time dateTime={post.createdAt} className="text-slate-600">
          {formatTimestamp(post.createdAt)}
        </time>
        {post.edited ? <span className="text-slate-600">(edited)</span> : null}
      </header>
      {post.body !== null ? <Markdown source={post.body} /> : null}
      <PostControls
        postId={post.id}
        authorName={post.author.name}
        editableBody={post.canEdit ? post.body : null}
        canReply={canReply}
        canDelete={post.canDelete}
      />
    </article>
  );
}
