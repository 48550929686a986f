import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getAssignmentEditor } from "@/lib/assignments/edit-view";
import { describePostCounts } from "@/lib/assignments/post-counts";
import { deleteAssignmentAction } from "@/lib/assignments/actions";
import { AssignmentBreadcrumbs } from "@/components/assignments/assignment-breadcrumbs";
import { ActionForm } from "@/components/ui/action-form";

export const metadata: Metadata = { title: "Delete assignment" };

// Deleting is the second step: this page says what goes with the assignment and asks for a tick.
export default async function DeleteAssignmentPage({ params }: PageProps<"/assignments/[assignmentId]/delete">) {
  const { assignmentId } = await params;
  const viewer = await requireViewer(`/assignments/${assignmentId}/delete`);
  const editor = await getAssignmentEditor(viewer.id, assignmentId);
  if (!editor) notFound();
  const consequence = `This deletes ${describePostCounts(editor.posts)}.`;
  return (
    <div className="space-y-6">
      <AssignmentBreadcrumbs classroom={editor.classroom} assignmentId={assignmentId} title={editor.title} current="Delete" />
      <h1 className="text-2xl font-semibold">Delete the assignment of {editor.title}?</h1>
      {editor.classroom.archived ? (
        <p className="card" role="note">
          This class is archived and read-only.
        </p>
      ) : (
        <section aria-labelledby="consequence" className="card space-y-3">
          <p id="consequence" className="font-medium" data-testid="delete-consequence">
            {consequence} Students&apos; progress on it goes too. This can&apos;t be undone; the reading stays in your library.
          </p>
          <ActionForm
            action={deleteAssignmentAction}
            fields={{ assignmentId }}
            submitLabel="Delete assignment"
            pendingLabel="Deleting…"
            className="btn-secondary text-red-800"
          >
            <label className="flex items-start gap-2 text-sm">
              <input name="confirm" type="checkbox" className="mt-1 h-4 w-4" />
              Yes, delete it with its {describePostCounts(editor.posts)}
            </label>
          </ActionForm>
          <Link href={`/assignments/${assignmentId}`}>Keep it</Link>
        </section>
      )}
    </div>
  );
}
