import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getClassroom } from "@/lib/classes/queries";
import { listAssignableReadings } from "@/lib/readings/assign-reading";
import { RoleBadge } from "@/components/classes/role-badge";
import { JoinCodePanel } from "@/components/classes/join-code-panel";
import { AssignReadingForm } from "@/components/classes/assign-reading-form";
import { plural } from "@/lib/format";
import { requestOrigin } from "@/lib/request-origin";

export const metadata: Metadata = { title: "Class" };

export default async function ClassroomPage({ params }: PageProps<"/classes/[classId]">) {
  const { classId } = await params;
  const viewer = await requireViewer(`/classes/${classId}`);
  const classroom = await getClassroom(viewer.id, classId);
  if (!classroom) notFound();
  const readings = classroom.canAssign ? await listAssignableReadings(viewer.id) : [];
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{classroom.name}</h1>
          <RoleBadge role={classroom.role} />
        </div>
        <p className="text-slate-700">{plural(classroom.memberCount, "member")}</p>
      </div>
      {classroom.joinCode ? (
        <JoinCodePanel code={classroom.joinCode} link={`${await requestOrigin()}/join/${classroom.joinCode}`} />
      ) : null}
      <section aria-labelledby="readings-heading" className="space-y-3">
        <h2 id="readings-heading" className="text-xl font-semibold">
          Readings
        </h2>
        {classroom.assignments.length === 0 ? (
          <p className="card text-slate-700">
            {classroom.canAssign ? "No readings assigned yet. Assign one below." : "Your teacher has not assigned a reading yet."}
          </p>
        ) : (
          <ul className="space-y-3">
            {classroom.assignments.map((assignment) => (
              <li key={assignment.id} className="card">
                <h3 className="font-serif text-lg font-semibold">
                  <Link href={`/assignments/${assignment.id}`}>{assignment.title}</Link>
                </h3>
                {assignment.subtitle ? <p className="text-slate-700">{assignment.subtitle}</p> : null}
                <p className="mt-1 text-sm text-slate-600">{plural(assignment.sectionCount, "section")}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {classroom.canAssign ? <AssignReadingForm classroomId={classroom.id} readings={readings} /> : null}
    </div>
  );
}
