import type { Metadata } from "next";
import { requireViewer } from "@/lib/session";
import { JoinClassroomForm } from "@/components/classes/join-classroom-form";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  await requireViewer("/join");
  return (
    <div className="mx-auto max-w-md space-y-6 py-4">
      <h1 className="text-2xl font-semibold">Join a class</h1>
      <div className="card">
        <JoinClassroomForm />
      </div>
    </div>
  );
}
