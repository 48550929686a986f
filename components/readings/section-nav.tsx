import Link from "next/link";
import { LinkPending } from "@/components/ui/link-pending";

type SectionNavProps = { assignmentId: string; previous: number | null; next: number | null };

export function SectionNav({ assignmentId, previous, next }: SectionNavProps) {
  const base = `/assignments/${assignmentId}/sections`;
  return (
    <nav aria-label="Sections" className="flex items-center justify-between gap-2 text-sm">
      {previous !== null ? (
        <Link href={`${base}/${previous}`} className="btn-secondary" rel="prev">
          ← Section {previous}
          <LinkPending />
        </Link>
      ) : (
        <span />
      )}
      <Link href={`/assignments/${assignmentId}`}>All sections</Link>
      {next !== null ? (
        <Link href={`${base}/${next}`} className="btn-secondary" rel="next">
          Section {next} →
          <LinkPending />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
