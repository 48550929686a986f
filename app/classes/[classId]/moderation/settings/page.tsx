import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getModerationSettings } from "@/lib/moderation/settings";
import { ModerationHeader } from "@/components/moderation/moderation-nav";
import { AssignmentSettingsForm, ClassSettingsForm } from "@/components/moderation/settings-forms";

export const metadata: Metadata = { title: "Moderation settings" };

export default async function ModerationSettingsPage({ params }: PageProps<"/classes/[classId]/moderation/settings">) {
  const { classId } = await params;
  const viewer = await requireViewer(`/classes/${classId}/moderation/settings`);
  const settings = await getModerationSettings(viewer.id, classId);
  if (!settings) notFound();
  return (
    <div className="space-y-6">
      <ModerationHeader classroom={settings.classroom} current="settings" title="Moderation settings" />
      {settings.canConfigure ? null : <p className="card text-slate-700">Only the class’s teachers can change these settings.</p>}
      <ClassSettingsForm settings={settings} />
      <section aria-labelledby="assignment-settings-heading" className="space-y-3">
        <h2 id="assignment-settings-heading" className="text-lg font-semibold">
          Per reading
        </h2>
        <p className="text-sm text-slate-700">A reading can override the class’s approval and anonymity, slow students down between posts, hold classmates’ posts back until a student has posted, and require a stance.</p>
        {settings.assignments.length === 0 ? (
          <p className="card text-slate-700">No readings assigned yet.</p>
        ) : (
          settings.assignments.map((assignment) => <AssignmentSettingsForm key={assignment.id} assignment={assignment} canConfigure={settings.canConfigure} />)
        )}
      </section>
    </div>
  );
}
