import type { Metadata } from "next";
import { requireViewer } from "@/lib/session";
import { getClassroom } from "@/lib/classes/queries";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ReadingEditor } from "@/components/readings/reading-editor";

export const metadata: Metadata = { title: "Add a reading" };

// From a class's page (?classroomId=…): saving returns to the class, or assigns there at once.
export default async function NewReadingPage({ searchParams }: PageProps<"/library/new">) {
  const { classroomId } = await searchParams;
  const viewer = await requireViewer(typeof classroomId === "string" ? `/library/new?classroomId=${encodeURIComponent(classroomId)}` : "/library/new");
  const classroom = typeof classroomId === "string" ? await getClassroom(viewer.id, classroomId) : null;
  const forClass = classroom?.canAssign ? { id: classroom.id, name: classroom.name } : undefined;
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={
          forClass
            ? [{ href: `/classes/${forClass.id}`, label: forClass.name }, { label: "Add a reading" }]
            : [{ href: "/library", label: "Reading library" }, { label: "Add a reading" }]
        }
      />
      <h1 className="text-2xl font-semibold">Add a reading</h1>
      <ReadingEditor forClass={forClass} />
    </div>
  );
}
