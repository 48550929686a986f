import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getAssignmentEditor } from "@/lib/assignments/edit-view";
import { SECTIONS_FROZEN } from "@/lib/assignments/edit-assignment";
import { describePostCounts } from "@/lib/assignments/post-counts";
import { AssignmentBreadcrumbs } from "@/components/assignments/assignment-breadcrumbs";
import { EditAssignmentForm } from "@/components/assignments/edit-assignment-form";

export const metadata: Metadata = { title: "Edit assignment" };

export default async function EditAssignmentPage({ params }: PageProps<"/assignments/[assignmentId]/edit">) {
  const { assignmentId } = await params;
  const viewer = await requireViewer(`/assignments/${assignmentId}/edit`);
  const editor = await getAssignmentEditor(viewer.id, assignmentId);
  if (!editor) notFound();
  const posted = editor.posts.responses + editor.posts.replies > 0;
  return (
    <div className="space-y-6">
      <AssignmentBreadcrumbs classroom={editor.classroom} assignmentId={assignmentId} title={editor.title} current="Edit" />
      <h1 className="text-2xl font-semibold">Edit the assignment of {editor.title}</h1>
      {editor.classroom.archived ? (
        <p className="card" role="note">
          This class is archived and read-only.
        </p>
      ) : (
        <>
          <EditAssignmentForm
            assignmentId={assignmentId}
            sections={editor.sections}
            values={editor.values}
            sectionsLockedReason={posted ? `${SECTIONS_FROZEN} It has ${describePostCounts(editor.posts)}.` : null}
          />
          <p>
            <Link href={`/assignments/${assignmentId}/delete`} className="text-red-800">
              Delete this assignment
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
