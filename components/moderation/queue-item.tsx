import type { QueuePost } from "@/lib/moderation/queue";
import { LocalTime } from "@/components/ui/local-time";
import { Markdown } from "@/components/ui/markdown";
import { ActionForm } from "@/components/ui/action-form";
import { BULK_FORM_ID } from "@/components/moderation/bulk-approve";
import {
  approvePostAction,
  hidePostAction,
  rejectPostAction,
  removePostAction,
  restorePostAction,
} from "@/lib/moderation/actions";

const STATUS: Record<QueuePost["status"], string> = {
  PUBLISHED: "Published",
  PENDING: "Pending",
  HIDDEN: "Hidden",
  REJECTED: "Rejected",
  DELETED: "Deleted",
};

// One post in the queue: what it says, where and by whom, and the decisions that fit it.
export function QueueItem({ post, kind }: { post: QueuePost; kind: "pending" | "reported" }) {
  const fields = { postId: post.id };
  const checkboxId = `select-${post.id}`;
  return (
    <article className="card space-y-3" aria-label={`${post.isReply ? "Reply" : "Response"} by ${post.authorName}`} data-testid={`queue-${kind}`}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        {kind === "pending" ? (
          <span className="flex items-center gap-2">
            <input id={checkboxId} type="checkbox" name="postIds" value={post.id} form={BULK_FORM_ID} className="h-4 w-4" />
            <label htmlFor={checkboxId} className="font-semibold text-slate-900">
              {post.authorName}
            </label>
          </span>
        ) : (
          <span className="font-semibold text-slate-900">{post.authorName}</span>
        )}
        <span className="text-slate-700">
          {post.isReply ? "reply" : "response"} in <a href={post.href}>{post.readingTitle}, section {post.sectionPosition}</a>
        </span>
        <LocalTime iso={post.createdAt} form="relative" className="text-slate-600" />
        <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-800">{STATUS[post.status]}</span>
        {post.reportCount > 0 ? (
          <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900" data-testid="report-count">
            {post.reportCount} report{post.reportCount === 1 ? "" : "s"}
          </span>
        ) : null}
      </header>
      <Markdown html={post.html} />
      {post.reportReasons.length > 0 ? (
        <div className="text-sm">
          <p className="font-medium text-slate-800">Reasons given</p>
          <ul className="list-disc pl-6 text-slate-700">
            {post.reportReasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="grid gap-3 text-sm sm:grid-cols-3">
        {post.status === "PENDING" ? (
          <>
            <ActionForm action={approvePostAction} fields={fields} submitLabel={<>Approve<span className="sr-only"> post by {post.authorName}</span></>} pendingLabel="Approving…" className="btn-primary" />
            <ActionForm action={rejectPostAction} fields={fields} submitLabel="Reject" pendingLabel="Rejecting…" reasonLabel="Reason for rejecting (the author sees it)" />
          </>
        ) : null}
        {kind === "reported" && post.status === "PUBLISHED" ? (
          <>
            <ActionForm action={restorePostAction} fields={fields} submitLabel="Keep and dismiss reports" pendingLabel="Dismissing…" />
            <ActionForm action={hidePostAction} fields={fields} submitLabel="Hide" pendingLabel="Hiding…" reasonLabel="Reason for hiding (the author sees it)" />
          </>
        ) : null}
        {kind === "reported" && (post.status === "HIDDEN" || post.status === "REJECTED") ? (
          <ActionForm action={restorePostAction} fields={fields} submitLabel="Restore for the class" pendingLabel="Restoring…" className="btn-primary" />
        ) : null}
        {kind === "reported" ? (
          <ActionForm action={removePostAction} fields={fields} submitLabel="Delete" pendingLabel="Deleting…" reasonLabel="Reason for deleting" className="btn-secondary text-red-800" />
        ) : null}
      </div>
    </article>
  );
}
