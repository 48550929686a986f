"use client";

import { reportPostAction } from "@/lib/moderation/actions";
import { ActionForm } from "@/components/ui/action-form";

// "Report" for a classmate's post. A member reports a post once; after that it says so.
export function ReportControl({ postId, reported, authorName }: { postId: string; reported: boolean; authorName: string }) {
  if (reported) return <p className="mt-2 text-sm text-slate-600">You reported this post.</p>;
  return (
    <details className="mt-2 text-sm">
      <summary className="btn-quiet inline-flex cursor-pointer">
        Report<span className="sr-only"> post by {authorName}</span>
      </summary>
      <div className="mt-2 max-w-md rounded-md border border-slate-200 p-3">
        <ActionForm action={reportPostAction} fields={{ postId }} submitLabel="Send report" pendingLabel="Sending…" reasonLabel="What is wrong with this post?" />
      </div>
    </details>
  );
}
