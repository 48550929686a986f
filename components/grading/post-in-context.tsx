import type { PostInContext } from "@/lib/grading/grading-view";
import { PostCard } from "@/components/discussion/post-card";

// One of the student's posts as the grader reads it: the post it answers above, its first replies
// below (the rest on its permalink), all read-only.
export function PostInContextCard({ item, classId }: { item: PostInContext; classId: string }) {
  const card = (post: PostInContext["post"], isReply: boolean) => (
    <PostCard post={post} canReply={false} classId={classId} sectionPath={item.sectionPath} isReply={isReply} stanceRequired={false} readOnly />
  );
  return (
    <li className="card space-y-3" data-testid="graded-post">
      <p className="text-sm font-medium text-slate-700">
        <a href={item.sectionPath}>{item.sectionLabel}</a> · {item.isReply ? "Reply" : "Response"}
      </p>
      {item.parent ? (
        <div className="border-l-4 border-slate-200 pl-3 text-slate-700">
          <p className="text-xs font-medium uppercase text-slate-600">In reply to</p>
          {card(item.parent, false)}
        </div>
      ) : null}
      {card(item.post, item.isReply)}
      {item.replies.length > 0 ? (
        <div className="space-y-2 border-l-4 border-indigo-100 pl-3">
          <p className="text-xs font-medium uppercase text-slate-600">Replies it got ({item.replies.length + item.moreReplies})</p>
          <ul className="space-y-2">
            {item.replies.map((reply) => (
              <li key={reply.id}>{card(reply, true)}</li>
            ))}
          </ul>
          {item.moreReplies > 0 ? (
            <p className="text-sm">
              <a href={item.permalink}>
                {item.moreReplies} more {item.moreReplies === 1 ? "reply" : "replies"}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
