import type { AssignmentContext } from "@/lib/assignments/context";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

// Class › reading › section, and a page below the section (the debate view) when `below` is given.
export function SectionBreadcrumbs({ context, position, below }: { context: AssignmentContext; position: number; below?: string }) {
  const section = `Section ${position}`;
  const sectionPath = `/assignments/${context.assignmentId}/sections/${position}`;
  return (
    <Breadcrumbs
      items={[
        { href: `/classes/${context.classroom.id}`, label: context.classroom.name },
        { href: `/assignments/${context.assignmentId}`, label: context.reading.title },
        ...(below ? [{ href: sectionPath, label: section }, { label: below }] : [{ label: section }]),
      ]}
    />
  );
}
