import type { ResponseView } from "@/lib/discussion/list-responses";
import { PostCard } from "@/components/discussion/post-card";

export function ResponseList({ responses, canReply }: { responses: ResponseView[]; canReply: boolean }) {
  if (responses.length === 0) {
    return (
      <p className="card text-slate-700">
        No responses yet. {canReply ? "Start the discussion: what does this section claim, and is it right?" : ""}
      </p>
    );
  }
  return (
    <ol className="space-y-4" aria-label="Responses">
      {responses.map((response) => (
        <li key={response.id} className="card">
          <PostCard post={response} canReply={canReply && !response.deleted} />
          {response.replies.length > 0 ? (
            <ol className="mt-4 space-y-4 border-l-2 border-slate-200 pl-4" aria-label={`Replies to ${response.author.name}`}>
              {response.replies.map((reply) => (
                <li key={reply.id}>
                  <PostCard post={reply} canReply={canReply} />
                </li>
              ))}
            </ol>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
