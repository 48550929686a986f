"use client";

import { useEffect, useRef, useState } from "react";
import { reportPostAction } from "@/lib/moderation/actions";
import { reportPagePath } from "@/lib/discussion/permalink-path";
import { ActionForm } from "@/components/ui/action-form";

// "Report" for a classmate's post. A member reports a post once; after that it says so.
// The form is made when the disclosure first opens, not with the page: every classmate's post has
// one, and a page rarely sees one used (ADR 0018). Without script it is never made: the disclosure
// links to the post's report page instead.
export function ReportControl({ postId, reported, authorName }: { postId: string; reported: boolean; authorName: string }) {
  const disclosure = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  // Opened before the page's script ran: the toggle was not heard.
  useEffect(() => {
    if (disclosure.current?.open) setOpened(true);
  }, []);
  if (reported) return <p className="mt-2 text-sm text-slate-600">You reported this post.</p>;
  return (
    <details ref={disclosure} className="mt-2 text-sm" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="btn-quiet inline-flex cursor-pointer">
        Report<span className="sr-only"> post by {authorName}</span>
      </summary>
      {opened ? (
        <div className="mt-2 max-w-md rounded-md border border-slate-200 p-3">
          <ActionForm action={reportPostAction} fields={{ postId }} submitLabel="Send report" pendingLabel="Sending…" reasonLabel="What is wrong with this post?" />
        </div>
      ) : (
        <noscript>
          <p className="mt-2">
            <a href={reportPagePath(postId)}>Report this post on its own page</a>
          </p>
        </noscript>
      )}
    </details>
  );
}
