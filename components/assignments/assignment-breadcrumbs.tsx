import { Breadcrumbs } from "@/components/ui/breadcrumbs";

// Class › reading › a page of the assignment (the poll, edit, delete).
export function AssignmentBreadcrumbs({ classroom, assignmentId, title, current }: { classroom: { id: string; name: string }; assignmentId: string; title: string; current: string }) {
  return (
    <Breadcrumbs
      items={[
        { href: `/classes/${classroom.id}`, label: classroom.name },
        { href: `/assignments/${assignmentId}`, label: title },
        { label: current },
      ]}
    />
  );
}
