"use server";

import { viewerAction } from "@/lib/actions";
import { plural } from "@/lib/format";
import { answerPoll } from "@/lib/poll/answer-poll";
import { setAfterRound, setThesis } from "@/lib/poll/configure-poll";
import { ratingLabel } from "@/lib/poll/ratings";

// lib/poll authorizes (students answer, teachers configure) and enforces the rounds.
export const answerPollAction = viewerAction(answerPoll, (_, input) => `Saved: ${ratingLabel(Number(input.rating))}.`);
export const setThesisAction = viewerAction(setThesis, ({ cleared }) => `Thesis saved.${cleared ? ` ${plural(cleared, "answer")} cleared.` : ""}`);
export const setAfterRoundAction = viewerAction(setAfterRound, (_, input) =>
  input.open === "open" ? "The after round is open." : "The after round is closed.",
);
