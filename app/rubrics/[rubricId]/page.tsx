import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getRubric } from "@/lib/grading/rubrics";
import { deleteRubricAction } from "@/lib/grading/actions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ActionForm } from "@/components/ui/action-form";
import { SuccessNote } from "@/components/ui/success-note";
import { RubricEditor } from "@/components/grading/rubric-editor";

export const metadata: Metadata = { title: "Rubric" };

export default async function RubricPage({ params, searchParams }: PageProps<"/rubrics/[rubricId]">) {
  const [{ rubricId }, { saved }] = await Promise.all([params, searchParams]);
  const viewer = await requireViewer(`/rubrics/${rubricId}`);
  const rubric = await getRubric(viewer.id, rubricId);
  if (!rubric) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/rubrics", label: "Rubrics" }, { label: rubric.title }]} />
      <h1 className="text-2xl font-semibold">{rubric.title}</h1>
      {saved ? <SuccessNote>Rubric saved.</SuccessNote> : null}
      <p className="text-sm text-slate-700">Grades keep the level chosen per criterion by its position: reordering levels changes what graded students got.</p>
      <RubricEditor rubric={rubric} />
      <ActionForm action={deleteRubricAction} fields={{ rubricId }} submitLabel="Delete rubric" pendingLabel="Deleting…" className="btn-quiet text-red-800" />
    </div>
  );
}
