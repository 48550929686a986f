import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getGradingSettings } from "@/lib/grading/settings";
import { updateGradingSettingsAction } from "@/lib/grading/actions";
import { AssignmentBreadcrumbs } from "@/components/assignments/assignment-breadcrumbs";
import { ActionForm } from "@/components/ui/action-form";
import { PageSection } from "@/components/ui/page-section";
import { DistributionPreview } from "@/components/grading/distribution-preview";
import { SettingsPreviewForm } from "@/components/grading/settings-preview-form";

export const metadata: Metadata = { title: "Grading settings" };

export default async function GradingSettingsPage({ params, searchParams }: PageProps<"/assignments/[assignmentId]/grading/settings">) {
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const viewer = await requireViewer(`/assignments/${assignmentId}/grading/settings`);
  const values = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const view = await getGradingSettings(viewer.id, assignmentId, values);
  if (!view) notFound();
  const previewing = values.preview !== undefined;
  const { proposed } = view;
  return (
    <div className="space-y-6">
      <AssignmentBreadcrumbs
        classroom={view.assignment.classroom}
        assignmentId={assignmentId}
        title={view.assignment.title}
        via={{ href: `/assignments/${assignmentId}/grading`, label: "Grading" }}
        current="Settings"
      />
      <h1 className="text-2xl font-semibold">Grading settings</h1>
      <p className="text-slate-700">
        Preview the class&apos;s scores before saving. Rubrics are yours across classes: <Link href="/rubrics">manage your rubrics</Link>.
      </p>
      <SettingsPreviewForm view={view} />
      <PageSection id="preview-heading" title={previewing ? "Preview: the class under these settings" : "The class under the saved settings"}>
        {view.preview ? <DistributionPreview distribution={view.preview} /> : <p className="card text-red-800">Fix the settings above to see a preview.</p>}
        {previewing && view.preview ? (
          <ActionForm
            action={updateGradingSettingsAction}
            fields={{ ...proposed, participation: proposed.participation ? "on" : "", assignmentId }}
            submitLabel="Save these settings"
            pendingLabel="Saving…"
            className="btn-primary"
          />
        ) : null}
      </PageSection>
    </div>
  );
}
