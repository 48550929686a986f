import type { Metadata } from "next";
import { requireViewer } from "@/lib/session";
import { CreateClassroomForm } from "@/components/classes/create-classroom-form";

export const metadata: Metadata = { title: "Create a class" };

export default async function NewClassroomPage() {
  await requireViewer("/classes/new");
  return (
    <div className="mx-auto max-w-md space-y-6 py-4">
      <h1 className="text-2xl font-semibold">Create a class</h1>
      <p className="text-slate-700">You will teach this class. Students join it with a code or a link you share.</p>
      <div className="card">
        <CreateClassroomForm />
      </div>
    </div>
  );
}
