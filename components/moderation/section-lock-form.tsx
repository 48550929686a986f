"use client";

import { lockSectionAction, unlockSectionAction } from "@/lib/moderation/actions";
import { ActionForm } from "@/components/ui/action-form";

// For moderators on the section page: close or reopen this section of the assignment.
export function SectionLockForm({ assignmentId, position, locked }: { assignmentId: string; position: number; locked: boolean }) {
  const fields = { assignmentId, position };
  if (locked) {
    return <ActionForm action={unlockSectionAction} fields={fields} submitLabel="Unlock this section" pendingLabel="Unlocking…" />;
  }
  return (
    <details className="text-sm">
      <summary className="btn-quiet inline-flex cursor-pointer">Lock this section</summary>
      <div className="mt-2 max-w-md">
        <ActionForm action={lockSectionAction} fields={fields} submitLabel="Lock section" pendingLabel="Locking…" reasonLabel="Reason for locking (everyone sees it)" />
      </div>
    </details>
  );
}
