"use server";

import { refresh } from "next/cache";
import { runAction } from "@/lib/actions";
import type { ActionState } from "@/lib/action-state";
import { plural } from "@/lib/format";
import { requireViewerForAction } from "@/lib/session";
import { answerPoll } from "@/lib/poll/answer-poll";
import { setAfterRound, setThesis } from "@/lib/poll/configure-poll";
import { ratingLabel } from "@/lib/poll/ratings";

// Thin wrappers: lib/poll authorizes (students answer, teachers configure) and enforces the rounds.
export async function answerPollAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (input) => {
    const viewer = await requireViewerForAction();
    await answerPoll(viewer.id, input);
    refresh();
    return `Saved: ${ratingLabel(Number(input.rating))}.`;
  });
}

export async function setThesisAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (input) => {
    const viewer = await requireViewerForAction();
    const { cleared } = await setThesis(viewer.id, input);
    refresh();
    return `Thesis saved.${cleared ? ` ${plural(cleared, "answer")} cleared.` : ""}`;
  });
}

export async function setAfterRoundAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (input) => {
    const viewer = await requireViewerForAction();
    await setAfterRound(viewer.id, input);
    refresh();
    return input.open === "open" ? "The after round is open." : "The after round is closed.";
  });
}
