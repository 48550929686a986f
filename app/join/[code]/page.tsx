import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { findClassroomByJoinCode } from "@/lib/classes/queries";
import { JoinClassroomForm } from "@/components/classes/join-classroom-form";

export const metadata: Metadata = { title: "Join a class" };

// Opening a join link never joins by itself (links get prefetched and previewed); the button does.
export default async function JoinLinkPage({ params }: PageProps<"/join/[code]">) {
  const { code } = await params;
  await requireViewer(`/join/${encodeURIComponent(code)}`);
  const classroom = await findClassroomByJoinCode(code);
  if (!classroom) notFound();
  return (
    <div className="mx-auto max-w-md space-y-6 py-4">
      <h1 className="text-2xl font-semibold">Join {classroom.name}</h1>
      <p className="text-slate-700">You will join as a student.</p>
      <div className="card">
        <JoinClassroomForm code={code} />
      </div>
    </div>
  );
}
