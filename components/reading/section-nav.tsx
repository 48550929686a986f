import Link from "next/link";

export function SectionNav({ assignmentId, position, count }: { assignmentId: string; position: number; count: number }) {
  const base = `/assignments/${assignmentId}/sections`;
  return (
    <nav aria-label="Sections" className="flex items-center justify-between gap-2 text-sm">
      {position > 1 ? (
        <Link href={`${base}/${position - 1}`} className="btn-secondary" rel="prev">
          ← Section {position - 1}
        </Link>
      ) : (
        <span />
      )}
      <Link href={`/assignments/${assignmentId}`}>All sections</Link>
      {position < count ? (
        <Link href={`${base}/${position + 1}`} className="btn-secondary" rel="next">
          Section {position + 1} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
