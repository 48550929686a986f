import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getRoster } from "@/lib/classes/queries";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { RosterTable } from "@/components/classes/roster-table";
import { ClassSettings } from "@/components/classes/class-settings";

export const metadata: Metadata = { title: "Roster" };

export default async function RosterPage({ params }: PageProps<"/classes/[classId]/roster">) {
  const { classId } = await params;
  const viewer = await requireViewer(`/classes/${classId}/roster`);
  const roster = await getRoster(viewer.id, classId);
  if (!roster) notFound();
  const { classroom } = roster;
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: `/classes/${classroom.id}`, label: classroom.name }, { label: "Roster" }]} />
      <h1 className="text-2xl font-semibold">Roster of {classroom.name}</h1>
      {classroom.archived ? <p className="card text-slate-800">This class is archived: the roster is read-only.</p> : null}
      <RosterTable classroomId={classroom.id} members={roster.members} canManage={roster.canManage} canResetPasswords={roster.canResetPasswords} />
      {roster.canArchive ? (
        <ClassSettings classroomId={classroom.id} archived={classroom.archived} />
      ) : null}
    </div>
  );
}
