import { z } from "zod";
import { checkboxSchema, formNumber, idSchema, multilineText } from "@/lib/validation";
import { THESIS_MAX_LENGTH } from "@/lib/poll/limits";

const RATING_MESSAGE = "Choose a rating from 1 (strongly disagree) to 5 (strongly agree).";

export const AnswerPollInput = z.object({
  assignmentId: idSchema,
  round: z.enum(["BEFORE", "AFTER"], { error: "Unknown poll round." }),
  // Forms send text; code may send a number. Only the integers 1..5.
  rating: formNumber(z.number({ error: RATING_MESSAGE }).int(RATING_MESSAGE).min(1, RATING_MESSAGE).max(5, RATING_MESSAGE)),
});
export type AnswerPollInput = z.infer<typeof AnswerPollInput>;

export const ThesisInput = z.object({
  assignmentId: idSchema,
  // Empty removes the poll.
  thesis: multilineText("Enter the thesis.")
    .max(THESIS_MAX_LENGTH, `Keep the thesis under ${THESIS_MAX_LENGTH} characters.`)
    .transform((value) => value || null),
  confirmClear: checkboxSchema,
});

export const AfterRoundInput = z.object({
  assignmentId: idSchema,
  open: z.enum(["open", "close"], { error: "Choose whether to open or close the after round." }).transform((value) => value === "open"),
});
