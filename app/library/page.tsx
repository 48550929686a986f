import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/session";
import { listLibrary } from "@/lib/readings/library";
import { plural } from "@/lib/format";
import { EmptyState, PageSection } from "@/components/ui/page-section";
import { SuccessNote } from "@/components/ui/success-note";

export const metadata: Metadata = { title: "Reading library" };

export default async function LibraryPage({ searchParams }: PageProps<"/library">) {
  const { deleted } = await searchParams;
  const viewer = await requireViewer("/library");
  const readings = await listLibrary(viewer.id);
  const own = readings.filter((reading) => !reading.isSample);
  const samples = readings.filter((reading) => reading.isSample);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Reading library</h1>
        <Link href="/library/new" className="btn-primary">
          Add a reading
        </Link>
      </div>
      {deleted ? (
        <SuccessNote>
          Reading deleted.
        </SuccessNote>
      ) : null}
      <PageSection id="own-heading" title="Your readings">
        {own.length === 0 ? (
          <EmptyState
            title="You have not added a reading yet."
            actions={
              <Link href="/library/new" className="btn-secondary">
                Add your own reading
              </Link>
            }
          >
            Paste one or upload a .txt, .md or .docx file; it is split into sections you can adjust before saving.
            {samples.length > 0 ? " Or start with a sample below: open it, then assign it to a class." : ""}
          </EmptyState>
        ) : (
          <ReadingList readings={own} />
        )}
      </PageSection>
      {samples.length > 0 ? (
        <PageSection id="samples-heading" title="Sample readings">
          <ReadingList readings={samples} />
        </PageSection>
      ) : null}
    </div>
  );
}

function ReadingList({ readings }: { readings: Awaited<ReturnType<typeof listLibrary>> }) {
  return (
    <ul className="space-y-3">
      {readings.map((reading) => (
        <li key={reading.id} className="card space-y-1">
          <h3 className="font-serif text-lg font-semibold">
            <Link href={`/library/${reading.id}`}>{reading.title}</Link>
          </h3>
          <p className="text-sm text-slate-700">
            {[
              reading.author,
              reading.perspective,
              plural(reading.sectionCount, "section"),
              reading.version > 1 ? `version ${reading.version}` : null,
              reading.assignmentCount > 0 ? `assigned ${plural(reading.assignmentCount, "time")}` : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
