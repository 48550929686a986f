"use client";

import { useActionState } from "react";
import { regenerateJoinCodeAction, setClassroomArchivedAction } from "@/lib/classes/actions";
import { IDLE } from "@/lib/action-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ClassSettings({ classroomId, archived }: { classroomId: string; archived: boolean }) {
  const [codeState, regenerate] = useActionState(regenerateJoinCodeAction, IDLE);
  const [archiveState, setArchived] = useActionState(setClassroomArchivedAction, IDLE);
  return (
    <section aria-labelledby="settings-heading" className="card space-y-4">
      <h2 id="settings-heading" className="text-xl font-semibold">
        Class settings
      </h2>
      {archived ? null : (
        <form action={regenerate} className="space-y-2">
          <input type="hidden" name="classroomId" value={classroomId} />
          <p className="text-sm text-slate-700">A new join code replaces the old one at once: the old code and link stop working.</p>
          <SubmitButton pendingLabel="Making a new code…" className="btn-secondary">
            New join code
          </SubmitButton>
          <FormMessage state={codeState} />
        </form>
      )}
      <form action={setArchived} className="space-y-2">
        <input type="hidden" name="classroomId" value={classroomId} />
        <input type="hidden" name="archived" value={archived ? "false" : "true"} />
        <p className="text-sm text-slate-700">
          {archived
            ? "Restoring makes the class writable again and shows it on everyone's home page."
            : "An archived class is read-only: nobody can post, join or be assigned work. It is hidden from home pages unless people choose to show archived classes."}
        </p>
        <SubmitButton pendingLabel="Saving…" className="btn-secondary">
          {archived ? "Restore class" : "Archive class"}
        </SubmitButton>
        <FormMessage state={archiveState} />
      </form>
    </section>
  );
}
