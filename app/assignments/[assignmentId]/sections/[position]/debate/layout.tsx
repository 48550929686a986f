import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { findSection } from "@/lib/discussion/find-section";

// Access is settled here, outside loading.tsx's boundary: once the skeleton streams, the status is
// 200 for good, so a redirect to sign in or a "not found" must come first.
export default async function DebateLayout({ children, params }: LayoutProps<"/assignments/[assignmentId]/sections/[position]/debate">) {
  const { assignmentId, position } = await params;
  const viewer = await requireViewer(`/assignments/${assignmentId}/sections/${position}/debate`);
  if (!(await findSection(viewer.id, assignmentId, Number(position)))) notFound();
  return children;
}
