import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/session";
import { listLibrary } from "@/lib/readings/library";
import { plural } from "@/lib/format";

export const metadata: Metadata = { title: "Reading library" };

export default async function LibraryPage() {
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
      <section aria-labelledby="own-heading" className="space-y-3">
        <h2 id="own-heading" className="text-xl font-semibold">
          Your readings
        </h2>
        {own.length === 0 ? (
          <p className="card text-slate-700">You have not added a reading yet. Paste one or upload a .txt, .md or .docx file.</p>
        ) : (
          <ReadingList readings={own} />
        )}
      </section>
      {samples.length > 0 ? (
        <section aria-labelledby="samples-heading" className="space-y-3">
          <h2 id="samples-heading" className="text-xl font-semibold">
            Sample readings
          </h2>
          <ReadingList readings={samples} />
        </section>
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
