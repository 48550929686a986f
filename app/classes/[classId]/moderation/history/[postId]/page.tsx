import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getPostHistory } from "@/lib/moderation/post-history";
import { LocalTime } from "@/components/ui/local-time";
import { Markdown } from "@/components/ui/markdown";
import { ModerationHeader } from "@/components/moderation/moderation-nav";
import { EmptyState, PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Edit history" };

export default async function PostHistoryPage({ params }: PageProps<"/classes/[classId]/moderation/history/[postId]">) {
  const { classId, postId } = await params;
  const viewer = await requireViewer(`/classes/${classId}/moderation/history/${postId}`);
  const history = await getPostHistory(viewer.id, postId);
  if (!history || history.classroom.id !== classId) notFound();
  const { post, revisions } = history;
  return (
    <div className="space-y-6">
      <ModerationHeader classroom={history.classroom} current={null} title="Edit history" />
      <p className="text-slate-700">
        A post by <span className="font-semibold">{post.authorName}</span>, first posted <LocalTime iso={post.createdAt} />. <a href={post.href}>Open the post in its section</a>
      </p>
      <section aria-labelledby="current-heading" className="card space-y-2">
        <h2 id="current-heading" className="text-lg font-semibold">
          Current text{post.editedAt ? <>, edited <LocalTime iso={post.editedAt} /></> : null}
        </h2>
        <Markdown html={post.html} />
      </section>
      <PageSection id="earlier-heading" title="Earlier versions">
        {revisions.length === 0 ? (
          <EmptyState>This post has not been edited.</EmptyState>
        ) : (
          <ol className="space-y-3">
            {revisions.map((revision) => (
              <li key={revision.id} className="card space-y-2" data-testid="revision">
                <p className="text-sm text-slate-700">
                  Replaced <LocalTime iso={revision.replacedAt} /> by {revision.editorName}
                </p>
                <Markdown html={revision.html} />
              </li>
            ))}
          </ol>
        )}
      </PageSection>
    </div>
  );
}
