"use client";

import Link from "next/link";
import { useActionState } from "react";
import { assignWithDefaultsAction } from "@/lib/readings/actions";
import { defaultDueAt, DEFAULT_DUE_DAYS } from "@/lib/assignments/defaults";
import { IDLE } from "@/lib/action-state";
import { FormMessage } from "@/components/ui/form-message";
import { useTimeZone } from "@/components/ui/time-zone-context";
import { SubmitButton } from "@/components/ui/submit-button";

// A new class's first step in one click. The due time is computed at submit, in the teacher's zone.
export function QuickStart({ classroomId }: { classroomId: string }) {
  const [state, action] = useActionState(assignWithDefaultsAction, IDLE);
  const zone = useTimeZone();
  function assignWithDefaults(formData: FormData) {
    formData.set("dueAt", defaultDueAt(new Date(), zone).toISOString());
    return action(formData);
  }
  return (
    <section aria-labelledby="quick-start-heading" className="card space-y-3">
      <h2 id="quick-start-heading" className="font-semibold">
        Get your class discussing
      </h2>
      <p className="text-slate-700">
        The sample essay opens now and is due in {DEFAULT_DUE_DAYS} days at 23:59, with every section included. You can change
        it afterwards.
      </p>
      <form action={assignWithDefaults} className="flex flex-wrap items-center gap-3">
        <FormMessage state={state} />
        <input type="hidden" name="classroomId" value={classroomId} />
        <SubmitButton pendingLabel="Assigning…">Assign the sample essay</SubmitButton>
        <Link href={`/library/new?classroomId=${classroomId}`}>Add your own reading</Link>
      </form>
    </section>
  );
}
