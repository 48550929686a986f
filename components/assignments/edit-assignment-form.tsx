"use client";

import { useActionState } from "react";
import { editAssignmentAction } from "@/lib/assignments/actions";
import { IDLE } from "@/lib/action-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { AssignmentFields, type SectionChoice } from "@/components/assignments/assignment-fields";

// The assign form's fields, filled with the assignment's current terms.
export function EditAssignmentForm({
  assignmentId,
  sections,
  values,
  sectionsLockedReason,
}: {
  assignmentId: string;
  sections: SectionChoice[];
  values: Record<string, string>;
  sectionsLockedReason: string | null;
}) {
  const [state, action] = useActionState(editAssignmentAction, IDLE);
  return (
    <form action={action} className="card space-y-4" noValidate key={state.at}>
      <FormMessage state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <AssignmentFields sections={sections} values={state.values ?? values} errors={state.fieldErrors ?? {}} sectionsLockedReason={sectionsLockedReason} />
      <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
    </form>
  );
}
