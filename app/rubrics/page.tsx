import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { listRubrics } from "@/lib/grading/rubrics";
import { EmptyState } from "@/components/ui/page-section";
import { LocalTime } from "@/components/ui/local-time";
import { SuccessNote } from "@/components/ui/success-note";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Rubrics" };

export default async function RubricsPage({ searchParams }: PageProps<"/rubrics">) {
  const { deleted } = await searchParams;
  const viewer = await requireViewer("/rubrics");
  const rubrics = await listRubrics(viewer.id);
  if (!rubrics) notFound();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Your rubrics</h1>
        <Link href="/rubrics/new" className="btn-primary">
          New rubric
        </Link>
      </div>
      {deleted ? <SuccessNote>Rubric deleted.</SuccessNote> : null}
      <p className="text-slate-700">A rubric is yours across every class you teach: attach it to an assignment in the assignment&apos;s grading settings.</p>
      {rubrics.length === 0 ? (
        <EmptyState title="No rubrics yet">Build one with criteria and levels, then attach it to an assignment.</EmptyState>
      ) : (
        <table className="w-full text-left">
          <TableHead caption="Your rubrics" columns={["Rubric", "Criteria", "Points", "Used by", "Changed"]} />
          <tbody>
            {rubrics.map((rubric) => (
              <tr key={rubric.id} className="border-t border-slate-200">
                <td className="px-3 py-2">
                  <Link href={`/rubrics/${rubric.id}`}>{rubric.title}</Link>
                </td>
                <td className="px-3 py-2">{rubric.criteriaCount}</td>
                <td className="px-3 py-2">{rubric.maxPoints}</td>
                <td className="px-3 py-2">{rubric.usedBy === 1 ? "1 assignment" : `${rubric.usedBy} assignments`}</td>
                <td className="px-3 py-2">
                  <LocalTime iso={rubric.updatedAt} form="relative" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
