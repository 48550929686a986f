import type { PostView } from "@/lib/discussion/present-post";
import { permalinkPath } from "@/lib/discussion/permalink-path";
import { LocalTime } from "@/components/ui/local-time";
import { Markdown } from "@/components/ui/markdown";
import { PostControls, type EditableArgument } from "@/components/discussion/post-controls";
import { ReportControl } from "@/components/discussion/report-control";
import { ModerationMenu, type ModeratedPost } from "@/components/moderation/moderation-menu";
import { QuoteBlock, SourceList } from "@/components/debate/post-argument";
import { KindBadge, ReplyKindBadge, StanceBadge } from "@/components/debate/stance-badge";

function Badge({ tone, children }: { tone: "amber" | "red" | "indigo" | "emerald" | "slate"; children: React.ReactNode }) {
  const tones = {
    amber: "bg-amber-100 text-amber-900",
    red: "bg-red-100 text-red-900",
    indigo: "bg-indigo-100 text-indigo-900",
    emerald: "bg-emerald-100 text-emerald-900",
    slate: "bg-slate-100 text-slate-700",
  };
  return <span className={`rounded px-1.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}

// What the author (or a moderator) is told about a post classmates cannot see.
function StatusNotice({ post }: { post: PostView }) {
  const reason = post.moderationReason ? `: ${post.moderationReason}` : "";
  const byModerator = post.moderation !== null;
  const text = {
    published: null,
    pending: byModerator ? "Awaiting approval. Classmates cannot see it yet." : "Awaiting approval. Only you and your teachers can see it.",
    rejected: `Rejected${reason}`,
    hidden: byModerator ? `Hidden from the class${reason}` : `Hidden by your teacher${reason}`,
    deleted: `Deleted by a moderator${reason}`,
  }[post.state];
  if (!text) return null;
  return (
    <p className="mt-1 rounded-md border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900" data-testid="post-status">
      {text}
    </p>
  );
}

type PostCardProps = {
  post: PostView;
  canReply: boolean;
  classId: string;
  sectionPath: string;
  isReply: boolean;
  stanceRequired: boolean;
  // Shown for reading only (the grading view): no reply, edit, report or moderation controls.
  readOnly?: boolean;
};

// The form values of the post's argument, for editing it.
function editableArgument(post: PostView, isReply: boolean, stanceRequired: boolean): EditableArgument {
  if (isReply) return { type: "reply", replyKind: post.replyKind ?? "" };
  const values: Record<string, string> = { stance: post.stance ?? "", kind: post.kind ?? "" };
  post.sources.forEach((source, i) => {
    values[`sources.${i}.title`] = source.title;
    values[`sources.${i}.url`] = source.url;
  });
  return { type: "response", stanceRequired, values };
}

// The moderation menu's props for a post a moderator sees, or null for anyone else. Only these
// fields, not the whole post (body and HTML again), go into the page's payload with the menu.
function moderatedPost({ id, state, pinned, teacherPick, locked, edited, author, moderation }: PostView): ModeratedPost | null {
  return moderation ? { id, state, pinned, teacherPick, locked, edited, author: { name: author.name, isViewer: author.isViewer }, moderation } : null;
}

export function PostCard({ post, canReply, classId, sectionPath, isReply, stanceRequired, readOnly = false }: PostCardProps) {
  if (post.deleted) {
    return <p className="text-sm italic text-slate-600">{post.state === "hidden" ? "This post is hidden." : "This post was deleted."}</p>;
  }
  return (
    // A permalink (/posts/:id) lands on #post-<id>: :target highlights the post, with no script.
    <article
      aria-label={`Post by ${post.author.name}`}
      data-testid="post"
      id={`post-${post.id}`}
      className="-m-2 scroll-mt-4 rounded-md p-2 target:bg-amber-50 target:ring-2 target:ring-amber-500"
    >
      <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
        <span className="font-semibold text-slate-900">{post.author.name}</span>
        {post.author.pseudonym && post.author.pseudonym !== post.author.name ? <span className="text-slate-600">({post.author.pseudonym})</span> : null}
        {post.author.isViewer ? <Badge tone="slate">you</Badge> : null}
        <LocalTime iso={post.createdAt} form="relative" className="text-slate-600" />
        {post.edited ? <span className="text-slate-600">(edited)</span> : null}
        <a href={permalinkPath(post.id)} className="text-slate-700">
          Link<span className="sr-only"> to this post</span>
        </a>
        <StanceBadge stance={post.stance} />
        <KindBadge kind={post.kind} />
        <ReplyKindBadge replyKind={post.replyKind} />
        {post.pinned ? <Badge tone="indigo">Pinned</Badge> : null}
        {post.teacherPick ? <Badge tone="emerald">Teacher&apos;s pick</Badge> : null}
        {post.state === "pending" ? <Badge tone="amber">Pending</Badge> : null}
        {post.state === "hidden" || post.state === "rejected" || post.state === "deleted" ? <Badge tone="red">{post.state[0]!.toUpperCase() + post.state.slice(1)}</Badge> : null}
      </header>
      <StatusNotice post={post} />
      {post.quote ? <QuoteBlock quote={post.quote} sectionPath={sectionPath} /> : null}
      {post.html !== null ? <Markdown html={post.html} /> : null}
      <SourceList sources={post.sources} />
      {readOnly ? null : <PostActions post={post} canReply={canReply} classId={classId} sectionPath={sectionPath} isReply={isReply} stanceRequired={stanceRequired} />}
    </article>
  );
}

function PostActions({ post, canReply, classId, sectionPath, isReply, stanceRequired }: Omit<PostCardProps, "readOnly">) {
  const moderation = moderatedPost(post);
  return (
    <>
      <div className="flex flex-wrap items-start gap-x-2">
        <div className="min-w-0 flex-1">
          <PostControls
            postId={post.id}
            authorName={post.author.name}
            // Only for a post the viewer may edit: these props travel in the page's payload.
            editable={post.canEdit && post.body !== null ? { body: post.body, argument: editableArgument(post, isReply, stanceRequired) } : null}
            canReply={canReply && post.state === "published"}
            canDelete={post.canDelete}
            sectionPath={sectionPath}
            // A new key with each render of the page: one per reply form shown.
            replyKey={crypto.randomUUID()}
          />
        </div>
        {post.canReport || post.reportedByViewer ? <ReportControl postId={post.id} reported={post.reportedByViewer} authorName={post.author.name} /> : null}
      </div>
      {moderation ? <ModerationMenu post={moderation} classId={classId} /> : null}
    </>
  );
}
