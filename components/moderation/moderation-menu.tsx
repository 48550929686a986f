"use client";

import Link from "next/link";
import type { PostView } from "@/lib/discussion/present-post";
import {
  approvePostAction,
  hidePostAction,
  lockThreadAction,
  pickPostAction,
  pinPostAction,
  rejectPostAction,
  removePostAction,
  restorePostAction,
  unlockThreadAction,
  unpickPostAction,
  unpinPostAction,
} from "@/lib/moderation/actions";
import { ActionForm } from "@/components/ui/action-form";
import { MuteForm } from "@/components/moderation/mute-form";
import { SpotlightButton } from "@/components/board/spotlight-button";

// A moderator's actions on one post, behind a disclosure (native <details>: keyboard and screen
// reader friendly without script). Only actions that fit the post's state are offered.
// Only what the menu reads: a client component's props travel in the page's payload, once per post.
export type ModeratedPost = Pick<PostView, "id" | "state" | "pinned" | "teacherPick" | "locked" | "edited"> & {
  author: Pick<PostView["author"], "name" | "isViewer">;
  moderation: NonNullable<PostView["moderation"]>;
};

export function ModerationMenu({ post, classId }: { post: ModeratedPost; classId: string }) {
  const { moderation } = post;
  const fields = { postId: post.id };
  const quiet = "btn-secondary";
  const published = post.state === "published";
  return (
    <details className="group mt-2 rounded-md border border-slate-200 bg-slate-50 text-sm" data-testid="moderation-menu">
      <summary className="cursor-pointer rounded-md px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100">
        Moderate<span className="sr-only"> post by {post.author.name}</span>
        {moderation.reportCount > 0 ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{moderation.reportCount} open report{moderation.reportCount === 1 ? "" : "s"}</span> : null}
      </summary>
      <div className="grid gap-4 border-t border-slate-200 p-3 sm:grid-cols-2">
        {post.state === "pending" ? (
          <>
            <ActionForm action={approvePostAction} fields={fields} submitLabel="Approve" pendingLabel="Approving…" className="btn-primary" />
            <ActionForm action={rejectPostAction} fields={fields} submitLabel="Reject" pendingLabel="Rejecting…" reasonLabel="Reason for rejecting (the author sees it)" />
          </>
        ) : null}
        {post.state === "hidden" || post.state === "rejected" || post.state === "deleted" ? (
          <ActionForm action={restorePostAction} fields={fields} submitLabel="Restore" pendingLabel="Restoring…" className="btn-primary" />
        ) : null}
        {published && moderation.reportCount > 0 ? (
          <ActionForm action={restorePostAction} fields={fields} submitLabel="Keep it and dismiss the reports" pendingLabel="Dismissing…" />
        ) : null}
        {published ? (
          <ActionForm action={hidePostAction} fields={fields} submitLabel="Hide" pendingLabel="Hiding…" reasonLabel="Reason for hiding (the author sees it)" />
        ) : null}
        {published && moderation.isResponse ? (
          <ActionForm action={post.pinned ? unpinPostAction : pinPostAction} fields={fields} submitLabel={post.pinned ? "Unpin" : "Pin to top"} pendingLabel="Saving…" className={quiet} />
        ) : null}
        {published ? (
          <ActionForm
            action={post.teacherPick ? unpickPostAction : pickPostAction}
            fields={fields}
            submitLabel={post.teacherPick ? "Remove teacher's pick" : "Mark as teacher's pick"}
            pendingLabel="Saving…"
            className={quiet}
          />
        ) : null}
        {published ? <SpotlightButton postId={post.id} label={`post by ${post.author.name}`} /> : null}
        {moderation.isResponse && post.locked ? (
          <ActionForm action={unlockThreadAction} fields={fields} submitLabel="Unlock thread" pendingLabel="Unlocking…" className={quiet} />
        ) : null}
        {moderation.isResponse && !post.locked && published ? (
          <ActionForm action={lockThreadAction} fields={fields} submitLabel="Lock thread" pendingLabel="Locking…" reasonLabel="Reason for locking (everyone sees it)" />
        ) : null}
        {post.state !== "deleted" ? (
          <ActionForm action={removePostAction} fields={fields} submitLabel="Delete" pendingLabel="Deleting…" reasonLabel="Reason for deleting" className="btn-secondary text-red-800" />
        ) : null}
        {moderation.canMuteAuthor && moderation.authorMembershipId && !post.author.isViewer ? (
          <MuteForm membershipId={moderation.authorMembershipId} who={post.author.name} />
        ) : null}
        {post.edited ? (
          <p>
            <Link href={`/classes/${classId}/moderation/history/${post.id}`}>Edit history</Link>
          </p>
        ) : null}
      </div>
    </details>
  );
}
