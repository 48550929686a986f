import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getLibraryReading } from "@/lib/readings/library";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ReadingEditor } from "@/components/readings/reading-editor";

export const metadata: Metadata = { title: "Edit reading" };

export default async function EditReadingPage({ params }: PageProps<"/library/[readingId]/edit">) {
  const { readingId } = await params;
  const viewer = await requireViewer(`/library/${readingId}/edit`);
  const reading = await getLibraryReading(viewer.id, readingId);
  if (!reading || !reading.canEdit) notFound();
  const initial = {
    title: reading.title,
    author: reading.author ?? "",
    source: reading.source ?? "",
    perspective: reading.perspective ?? "",
    text: reading.sections.map((section) => section.body).join(""),
    sections: reading.sections.map((section) => ({ heading: section.heading, text: section.body, question: section.question ?? "" })),
  };
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/library", label: "Reading library" }, { href: `/library/${reading.id}`, label: reading.title }, { label: "Edit" }]} />
      <h1 className="text-2xl font-semibold">Edit {reading.title}</h1>
      {reading.frozen ? (
        <p className="card border-amber-200 bg-amber-50 text-amber-950" role="note">
          A class has already posted on this reading, so its text is frozen. Saving makes version {reading.version + 1}; the
          classes that have it keep version {reading.version}.
        </p>
      ) : null}
      <ReadingEditor readingId={reading.id} initial={initial} />
    </div>
  );
}
