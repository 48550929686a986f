import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getReadingOverview } from "@/lib/readings/queries";
import { Breadcrumbs } from "@/components/reading/breadcrumbs";
import { ReadingHeader } from "@/components/reading/reading-header";
import { plural } from "@/lib/format";

export const metadata: Metadata = { title: "Reading" };

export default async function ReadingOverviewPage({ params }: PageProps<"/assignments/[assignmentId]">) {
  const { assignmentId } = await params;
  const viewer = await requireViewer(`/assignments/${assignmentId}`);
  const overview = await getReadingOverview(viewer.id, assignmentId);
  if (!overview) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: `/classes/${overview.classroom.id}`, label: overview.classroom.name }, { label: overview.reading.title }]} />
      <ReadingHeader reading={overview.reading} />
      <section aria-labelledby="sections-heading" className="space-y-3">
        <h2 id="sections-heading" className="text-xl font-semibold">
          Sections
        </h2>
        <ol className="space-y-3">
          {overview.sections.map((section) => (
            <li key={section.position} className="card">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  <Link href={`/assignments/${assignmentId}/sections/${section.position}`}>
                    Section {section.position}
                    {section.heading ? `: ${section.heading}` : ""}
                  </Link>
                </h3>
                <span className="text-sm text-slate-700" data-testid={`section-${section.position}-count`}>
                  {plural(section.responseCount, "response")}
                </span>
              </div>
              {section.question ? <p className="mt-1 font-medium text-slate-800">{section.question}</p> : null}
              <p className="mt-1 font-serif text-slate-700">{section.excerpt}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
