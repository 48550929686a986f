import { Breadcrumbs } from "@/components/ui/breadcrumbs";

type AssignmentBreadcrumbsProps = {
  classroom: { id: string; name: string };
  assignmentId: string;
  title: string;
  current: string;
  // A page between the assignment and this one (grading › settings).
  via?: { href: string; label: string };
};

// Class › reading › a page of the assignment (the poll, edit, delete, grading…).
export function AssignmentBreadcrumbs({ classroom, assignmentId, title, current, via }: AssignmentBreadcrumbsProps) {
  return (
    <Breadcrumbs
      items={[
        { href: `/classes/${classroom.id}`, label: classroom.name },
        { href: `/assignments/${assignmentId}`, label: title },
        ...(via ? [via] : []),
        { label: current },
      ]}
    />
  );
}
