import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getClassOverview } from "@/lib/assignments/class-overview";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ClassOverviewTables } from "@/components/assignments/class-overview-tables";

export const metadata: Metadata = { title: "Progress overview" };

export default async function ClassOverviewPage({ params }: PageProps<"/classes/[classId]/overview">) {
  const { classId } = await params;
  const viewer = await requireViewer(`/classes/${classId}/overview`);
  const overview = await getClassOverview(viewer.id, classId);
  if (!overview) notFound();
  const { classroom } = overview;
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: `/classes/${classroom.id}`, label: classroom.name }, { label: "Progress overview" }]} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Progress in {classroom.name}</h1>
        <a href={`/api/classes/${classroom.id}/overview.csv`} className="btn-secondary" download>
          Download CSV
        </a>
      </div>
      <ClassOverviewTables overview={overview} />
    </div>
  );
}
