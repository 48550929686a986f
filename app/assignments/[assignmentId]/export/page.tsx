import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getDiscussionExport } from "@/lib/exports/discussion";
import { plural } from "@/lib/format";
import { AssignmentBreadcrumbs } from "@/components/assignments/assignment-breadcrumbs";
import { LocalTime } from "@/components/ui/local-time";
import { PrintedPost } from "@/components/exports/printed-post";

export const metadata: Metadata = { title: "Discussion export" };

// The whole discussion on one page, made to print: the site's header and these links drop out of
// the printout (print:hidden), and each section starts a new page.
export default async function DiscussionExportPage({ params }: PageProps<"/assignments/[assignmentId]/export">) {
  const { assignmentId } = await params;
  const viewer = await requireViewer(`/assignments/${assignmentId}/export`);
  const discussion = await getDiscussionExport(viewer.id, assignmentId);
  if (!discussion) notFound();
  const api = `/api/assignments/${assignmentId}/discussion`;
  return (
    <div className="space-y-6">
      <div className="space-y-3 print:hidden">
        <AssignmentBreadcrumbs classroom={discussion.classroom} assignmentId={assignmentId} title={discussion.title} current="Export" />
        <nav aria-label="Downloads" className="flex flex-wrap gap-3">
          <a href={`${api}.md`} className="btn-secondary" download>
            Download Markdown
          </a>
          <a href={`${api}.json`} className="btn-secondary" download>
            Download JSON
          </a>
        </nav>
        <p className="text-sm text-slate-700">Use your browser&apos;s Print command to print this page or save it as a PDF: each section starts on a new page.</p>
      </div>
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-semibold">{discussion.title}</h1>
        <p className="text-slate-700" data-testid="export-copy">
          {discussion.classroom.name}
          {discussion.author ? ` · ${discussion.author}` : ""} · exported <LocalTime iso={discussion.exportedAt} /> ·{" "}
          {discussion.copy === "teacher" ? "Teacher's copy, with names." : "Authors are shown as the class sees them."}
        </p>
      </header>
      {discussion.sections.map((section, index) => (
        <section key={section.position} aria-labelledby={`export-section-${section.position}`} className={`space-y-4 ${index > 0 ? "break-before-page" : ""}`} data-testid="export-section">
          <h2 id={`export-section-${section.position}`} className="border-b border-slate-300 pb-1 font-serif text-2xl font-semibold">
            {section.title}
          </h2>
          {section.question ? <p className="font-medium text-slate-800">{section.question}</p> : null}
          {section.onlyOwn ? <p className="text-sm text-slate-700">Classmates&apos; posts show once you have responded in this section.</p> : null}
          <p className="text-sm text-slate-700">{plural(section.threads.length, "response")}</p>
          {section.threads.map((thread) => (
            <div key={thread.id} className="space-y-3 border-t border-slate-200 pt-3">
              <PrintedPost post={thread} isReply={false} />
              {thread.replies.map((reply) => (
                <PrintedPost key={reply.id} post={reply} isReply />
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
