import Link from "next/link";
import { can, isStudent } from "@/lib/authz";
import { getViewer } from "@/lib/session";
import { countArchivedClassrooms, listMyClassrooms } from "@/lib/classes/queries";
import { listMyAssignments } from "@/lib/assignments/my-assignments";
import { ClassroomList } from "@/components/classes/classroom-list";
import { CreateClassroomForm } from "@/components/classes/create-classroom-form";
import { MyAssignmentList } from "@/components/assignments/my-assignment-list";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const viewer = await getViewer();
  if (!viewer) return <Welcome />;
  const showArchived = (await searchParams).archived === "1";
  const [classrooms, assignments, archivedCount] = await Promise.all([
    listMyClassrooms(viewer.id, { includeArchived: showArchived }),
    listMyAssignments(viewer.id),
    countArchivedClassrooms(viewer.id),
  ]);
  const studies = classrooms.some((classroom) => isStudent(classroom.role));
  const teaches = classrooms.some((classroom) => can(classroom.role, "manage:class"));
  const showAssignments = studies || assignments.length > 0;
  // One h1 per page: the assignments when there are any to show, else the classes.
  const ClassesHeading = showAssignments ? "h2" : "h1";
  return (
    <div className="space-y-8">
      {showAssignments ? (
        <section aria-labelledby="due-heading" className="space-y-3">
          <h1 id="due-heading" className="text-2xl font-semibold">
            Your assignments
          </h1>
          <MyAssignmentList assignments={assignments} />
        </section>
      ) : null}
      <section aria-labelledby="classes-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <ClassesHeading id="classes-heading" className="text-2xl font-semibold">
            Your classes
          </ClassesHeading>
          <div className="flex flex-wrap gap-2">
            {teaches ? (
              <Link href="/library" className="btn-secondary">
                Reading library
              </Link>
            ) : null}
            <Link href="/join" className="btn-secondary">
              Join a class
            </Link>
            <Link href="/classes/new" className="btn-primary">
              Create a class
            </Link>
          </div>
        </div>
        <ClassroomList classrooms={classrooms} />
        {classrooms.length === 0 && archivedCount === 0 ? (
          // A new teacher's first class, without a detour through /classes/new.
          <section aria-labelledby="first-class-heading" className="card max-w-md space-y-3">
            <h2 id="first-class-heading" className="font-semibold">
              Teaching? Start your first class
            </h2>
            <CreateClassroomForm />
          </section>
        ) : null}
        {archivedCount > 0 ? (
          <p className="text-sm">
            {showArchived ? (
              <Link href="/">Hide archived classes</Link>
            ) : (
              <Link href="/?archived=1">Show archived classes ({archivedCount})</Link>
            )}
          </p>
        ) : null}
      </section>
    </div>
  );
}

function Welcome() {
  return (
    <section className="mx-auto max-w-2xl space-y-5 py-10 text-center">
      <h1 className="font-serif text-4xl font-semibold">Read closely. Argue with evidence.</h1>
      <p className="text-lg text-slate-700">
        Margin turns a reading into a class discussion: each section of the text is a prompt, and students respond,
        reply and debate with the words of the text in front of them.
      </p>
      <div className="flex justify-center gap-3">
        <Link href="/signin" className="btn-primary">
          Sign in
        </Link>
        <Link href="/signup" className="btn-secondary">
          Create an account
        </Link>
      </div>
    </section>
  );
}
