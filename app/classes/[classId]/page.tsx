import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getClassroom } from "@/lib/classes/queries";
import { listAssignableReadings } from "@/lib/readings/assign-reading";
import { ArchivedBadge, RoleBadge } from "@/components/classes/role-badge";
import { JoinCodePanel } from "@/components/classes/join-code-panel";
import { AssignReadingForm } from "@/components/classes/assign-reading-form";
import { ClassAssignmentList } from "@/components/classes/class-assignment-list";
import { QuickStart } from "@/components/classes/quick-start";
import { plural } from "@/lib/format";
import { requestOrigin } from "@/lib/request-origin";

export const metadata: Metadata = { title: "Class" };

export default async function ClassroomPage({ params, searchParams }: PageProps<"/classes/[classId]">) {
  const [{ classId }, { reading }] = await Promise.all([params, searchParams]);
  const viewer = await requireViewer(`/classes/${classId}`);
  const classroom = await getClassroom(viewer.id, classId);
  if (!classroom) notFound();
  const readings = classroom.canAssign ? await listAssignableReadings(viewer.id) : [];
  // Only teachers and TAs are sent archived assignments.
  const current = classroom.assignments.filter((assignment) => !assignment.archived);
  const archived = classroom.assignments.filter((assignment) => assignment.archived);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{classroom.name}</h1>
          <RoleBadge role={classroom.role} />
          {classroom.archived ? <ArchivedBadge /> : null}
        </div>
        <p className="flex flex-wrap gap-x-4 text-slate-700">
          <span>{plural(classroom.memberCount, "member")}</span>
          <a href={`/api/classes/${classroom.id}/my-posts.json`} download>
            Download my posts
          </a>
        </p>
        {classroom.canViewRoster ? (
          <nav aria-label="Class" className="flex flex-wrap gap-3 text-sm">
            <Link href={`/classes/${classroom.id}/overview`}>Progress overview</Link>
            <Link href={`/classes/${classroom.id}/roster`}>{classroom.canManage ? "Roster and settings" : "Roster"}</Link>
            <Link href={`/classes/${classroom.id}/moderation`}>Moderation queue</Link>
            <Link href={`/classes/${classroom.id}/moderation/audit`}>Audit log</Link>
            <Link href={`/classes/${classroom.id}/moderation/settings`}>Discussion settings</Link>
          </nav>
        ) : null}
      </div>
      {classroom.archived ? (
        <p className="card border-slate-300 bg-slate-50 text-slate-800" role="note">
          This class is archived: it is read-only.{classroom.canManage ? " Restore it from the roster and settings page." : ""}
        </p>
      ) : null}
      {classroom.joinCode ? (
        <JoinCodePanel
          code={classroom.joinCode}
          link={`${await requestOrigin()}/join/${classroom.joinCode}`}
          projectorHref={`/classes/${classroom.id}/join-code`}
        />
      ) : null}
      {classroom.canAssign && classroom.assignments.length === 0 ? <QuickStart classroomId={classroom.id} /> : null}
      <section aria-labelledby="readings-heading" className="space-y-3">
        <h2 id="readings-heading" className="text-xl font-semibold">
          Readings
        </h2>
        <ClassAssignmentList assignments={current} canAssign={classroom.canAssign} staff={classroom.canViewRoster} />
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="archived-heading" className="space-y-3">
          <h2 id="archived-heading" className="text-xl font-semibold">
            Archived
          </h2>
          <p className="text-sm text-slate-700">Students don&apos;t see these. Open one to restore it.</p>
          <ClassAssignmentList assignments={archived} canAssign={false} staff />
        </section>
      ) : null}
      {classroom.canAssign ? (
        <AssignReadingForm classroomId={classroom.id} readings={readings} initialReadingId={typeof reading === "string" ? reading : undefined} />
      ) : null}
    </div>
  );
}
