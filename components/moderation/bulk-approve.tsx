"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/action-state";
import { approvePostsAction } from "@/lib/moderation/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export const BULK_FORM_ID = "bulk-approve";

// The bulk approval form. Its checkboxes sit beside each pending post (form="bulk-approve"),
// because each post also carries forms of its own and forms cannot nest.
// Rendered even when the queue is empty, so the outcome of the last approval stays announced.
export function BulkApproveForm({ classroomId, pendingCount }: { classroomId: string; pendingCount: number }) {
  const [state, action] = useActionState(approvePostsAction, IDLE);
  const setAll = (checked: boolean) => {
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="postIds"]`)) box.checked = checked;
  };
  return (
    <form id={BULK_FORM_ID} action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="classroomId" value={classroomId} />
      {pendingCount > 0 ? (
        <>
          <button type="button" className="btn-quiet" onClick={() => setAll(true)}>
            Select all
          </button>
          <button type="button" className="btn-quiet" onClick={() => setAll(false)}>
            Select none
          </button>
          <SubmitButton pendingLabel="Approving…">Approve selected</SubmitButton>
        </>
      ) : null}
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
