import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getLibraryReading } from "@/lib/readings/library";
import { displayParagraphs } from "@/lib/readings/split";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ReadingMeta } from "@/components/readings/reading-meta";
import { PageSection } from "@/components/ui/page-section";
import { sectionTitle } from "@/lib/format";
import { copySampleReadingAction, deleteReadingAction } from "@/lib/readings/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SuccessNote } from "@/components/ui/success-note";

export const metadata: Metadata = { title: "Reading" };

export default async function LibraryReadingPage({ params, searchParams }: PageProps<"/library/[readingId]">) {
  const [{ readingId }, { saved }] = await Promise.all([params, searchParams]);
  const viewer = await requireViewer(`/library/${readingId}`);
  const reading = await getLibraryReading(viewer.id, readingId);
  if (!reading) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/library", label: "Reading library" }, { label: reading.title }]} />
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">{reading.title}</h1>
        <ReadingMeta reading={reading} />
        <p className="text-sm text-slate-700">
          {reading.isSample ? "Sample reading" : `Version ${reading.version}`}
          {reading.frozen ? " · Frozen: a class has posted on it" : ""}
        </p>
      </header>
      {saved === "version" ? (
        <SuccessNote>
          Saved as version {reading.version}. Classes that have the earlier version keep it.
        </SuccessNote>
      ) : null}
      {reading.newerVersionId ? (
        <p className="card" role="note">
          This is an earlier version. <Link href={`/library/${reading.newerVersionId}`}>See the newer version</Link>.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {reading.canEdit ? (
          <Link href={`/library/${reading.id}/edit`} className="btn-secondary">
            Edit reading
          </Link>
        ) : null}
        {reading.previousVersionId ? (
          <Link href={`/library/${reading.previousVersionId}`} className="btn-quiet">
            Previous version
          </Link>
        ) : null}
        {reading.isSample ? (
          <ActionForm action={copySampleReadingAction} fields={{ readingId: reading.id }} submitLabel="Copy to my library" pendingLabel="Copying…" />
        ) : null}
        {reading.canDelete && !reading.deleteBlocker ? (
          <ActionForm action={deleteReadingAction} fields={{ readingId: reading.id }} submitLabel="Delete reading" pendingLabel="Deleting…" className="btn-secondary text-red-800" />
        ) : null}
      </div>
      {reading.canDelete && reading.deleteBlocker ? <p className="text-sm text-slate-700">{reading.deleteBlocker}</p> : null}
      {reading.newerVersionId ? null : (
        <section aria-labelledby="assign-heading" className="card space-y-2">
          <h2 id="assign-heading" className="text-lg font-semibold">
            Assign to a class
          </h2>
          {reading.classrooms.length === 0 ? (
            <p className="text-slate-700">
              You don&apos;t teach a class yet. <Link href="/classes/new">Create a class</Link>.
            </p>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {reading.classrooms.map((classroom) => (
                <li key={classroom.id}>
                  <Link href={`/classes/${classroom.id}?reading=${reading.id}#assign-heading`} className="btn-secondary">
                    Assign to {classroom.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {reading.assignments.length > 0 ? (
            <p className="text-sm text-slate-700">
              Assigned in:{" "}
              {reading.assignments.map((assignment, i) => (
                <span key={assignment.id}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/assignments/${assignment.id}`}>{assignment.classroomName}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </section>
      )}
      <PageSection id="sections-heading" title="Sections">
        <ol className="space-y-3">
          {reading.sections.map((section) => (
            <li key={section.position} className="card space-y-2">
              <h3 className="font-semibold">{sectionTitle(section.position, section.heading)}</h3>
              {section.question ? <p className="font-medium text-indigo-900">Question: {section.question}</p> : null}
              <div className="space-y-2 font-serif text-slate-800">
                {displayParagraphs(section.body).map((paragraph, i) => (
                  <p key={i} className="whitespace-pre-line">
                    {paragraph}
                  </p>
                ))}
              </div>
            </li>
          ))}
        </ol>
      </PageSection>
    </div>
  );
}
