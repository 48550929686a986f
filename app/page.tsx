import Link from "next/link";
import { getViewer } from "@/lib/session";
import { listMyClassrooms } from "@/lib/classes/queries";
import { ClassroomList } from "@/components/classes/classroom-list";

export default async function HomePage() {
  const viewer = await getViewer();
  if (!viewer) return <Welcome />;
  const classrooms = await listMyClassrooms(viewer.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Your classes</h1>
        <div className="flex gap-2">
          <Link href="/join" className="btn-secondary">
            Join a class
          </Link>
          <Link href="/classes/new" className="btn-primary">
            Create a class
          </Link>
        </div>
      </div>
      <ClassroomList classrooms={classrooms} />
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
