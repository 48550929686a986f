import type { Metadata } from "next";
import { requireViewer } from "@/lib/session";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ReadingEditor } from "@/components/readings/reading-editor";

export const metadata: Metadata = { title: "Add a reading" };

export default async function NewReadingPage() {
  await requireViewer("/library/new");
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/library", label: "Reading library" }, { label: "Add a reading" }]} />
      <h1 className="text-2xl font-semibold">Add a reading</h1>
      <ReadingEditor />
    </div>
  );
}
