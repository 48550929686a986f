import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { reportPagePath } from "@/lib/discussion/permalink-path";
import { reportPostAction } from "@/lib/moderation/actions";
import { findReportTarget } from "@/lib/moderation/report-target";
import { ActionForm } from "@/components/ui/action-form";
import { SuccessNote } from "@/components/ui/success-note";
import { PostCard } from "@/components/discussion/post-card";

export const metadata: Metadata = { title: "Report a post" };

// A post's report form on a page of its own: where a post's "Report" leads when the browser runs no
// script (the inline form is made by script, ADR 0018). The form works without script too.
export default async function ReportPostPage({ params }: PageProps<"/posts/[postId]/report">) {
  const { postId } = await params;
  const viewer = await requireViewer(reportPagePath(postId));
  const target = await findReportTarget(viewer.id, postId);
  if (!target) notFound();
  const { post, reportedByViewer } = target;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Report a post</h1>
      {post ? (
        <section aria-label="The post" className="card">
          <PostCard post={post} canReply={false} classId={target.classId} sectionPath={target.sectionPath} isReply={target.isReply} stanceRequired={false} readOnly />
        </section>
      ) : null}
      {reportedByViewer ? (
        <SuccessNote>You reported this post. Thank you: your teacher will review it.</SuccessNote>
      ) : post?.canReport ? (
        <div className="card max-w-md">
          <ActionForm action={reportPostAction} fields={{ postId }} submitLabel="Send report" pendingLabel="Sending…" reasonLabel="What is wrong with this post?" />
        </div>
      ) : (
        <p className="text-slate-700">{post?.author.isViewer ? "You cannot report your own post." : "You cannot report this post."}</p>
      )}
      <p>
        <Link href={target.backHref}>{post ? "Back to the post" : "Back to the discussion"}</Link>
      </p>
    </div>
  );
}
