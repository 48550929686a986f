import Link from "next/link";
import { LinkPending } from "@/components/ui/link-pending";
import type { ResponsePage } from "@/lib/discussion/list-responses";
import { PostCard } from "@/components/discussion/post-card";
import { EmptyState } from "@/components/ui/page-section";
import { RevealTarget } from "@/components/discussion/reveal-target";

type ResponseListProps = { page: Promise<ResponsePage>; canReply: boolean; path: string; isFirstPage: boolean; classId: string; stanceRequired: boolean };

export async function ResponseList({ page, canReply, path, isFirstPage, classId, stanceRequired }: ResponseListProps) {
  const { responses, nextCursor } = await page;
  return (
    <>
      {responses.length === 0 ? (
        <EmptyState
          title={isFirstPage ? "No responses yet." : "No older responses."}
          actions={
            canReply && isFirstPage ? (
              <a href="#response-body" className="btn-primary">
                Write the first response
              </a>
            ) : null
          }
        >
          {isFirstPage
            ? canReply
              ? "Start the discussion: what does this section claim, and is it right? Quote the passage you mean."
              : "Responses appear here as the class posts them."
            : "You have reached the first response."}
        </EmptyState>
      ) : (
        <ol className="space-y-4" aria-label="Responses">
          {responses.map((response) => (
            <li key={response.id} className="card">
              <PostCard post={response} canReply={canReply && !response.deleted && !response.locked} classId={classId} sectionPath={path} isReply={false} stanceRequired={stanceRequired} />
              {response.locked ? (
                <p className="mt-2 text-sm text-slate-700" data-testid="thread-locked">
                  Replies are closed{response.lockReason ? `: ${response.lockReason}` : "."}
                </p>
              ) : null}
              {response.replies.length > 0 ? (
                <ol className="mt-4 space-y-4 border-l-2 border-slate-200 pl-4" aria-label={`Replies to ${response.author.name}`}>
                  {response.replies.map((reply) => (
                    <li key={reply.id}>
                      <PostCard
                        post={reply}
                        canReply={canReply && !response.locked && response.state === "published"}
                        classId={classId}
                        sectionPath={path}
                        isReply
                        stanceRequired={stanceRequired}
                      />
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <RevealTarget />
      <div className="flex items-center gap-3">
        {nextCursor ? (
          <Link href={`${path}?cursor=${nextCursor}`} className="btn-secondary" scroll={false}>
            Show older responses
            <LinkPending />
          </Link>
        ) : null}
        {isFirstPage ? null : <Link href={path}>Back to the newest</Link>}
      </div>
    </>
  );
}
