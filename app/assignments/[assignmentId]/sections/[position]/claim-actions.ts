"use server";

import { refresh } from "next/cache";
import { runAction } from "@/lib/actions";
import type { ActionState } from "@/lib/action-state";
import { requireViewerForAction } from "@/lib/session";
import { markClaim } from "@/lib/claims/mark-claim";
import { removeClaim } from "@/lib/claims/remove-claim";

function claimAction(perform: (userId: string, input: Record<string, string>) => Promise<unknown>, done: string) {
  return async (_state: ActionState, formData: FormData): Promise<ActionState> =>
    runAction(formData, async (input) => {
      const viewer = await requireViewerForAction();
      await perform(viewer.id, input);
      refresh();
      return done;
    });
}

export const markClaimAction = claimAction(markClaim, "Marked as a contested claim. Everyone in the class sees the note beside the passage.");
export const removeClaimAction = claimAction(removeClaim, "Contested claim removed.");
