import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { gradesSomewhere } from "@/lib/grading/rubrics";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { RubricEditor } from "@/components/grading/rubric-editor";

export const metadata: Metadata = { title: "New rubric" };

export default async function NewRubricPage() {
  const viewer = await requireViewer("/rubrics/new");
  if (!(await gradesSomewhere(viewer.id))) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/rubrics", label: "Rubrics" }, { label: "New rubric" }]} />
      <h1 className="text-2xl font-semibold">New rubric</h1>
      <RubricEditor />
    </div>
  );
}
