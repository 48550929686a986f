// Words for the argument's structure, shared by the forms, the post cards and the debate view.
import type { ReplyKind, ResponseKind, Stance } from "@/lib/generated/prisma/enums";

export const STANCE_LABELS: Record<Stance, string> = { SUPPORTS: "Supports", CHALLENGES: "Challenges", COMPLICATES: "Complicates" };

export const STANCE_HINTS: Record<Stance, string> = {
  SUPPORTS: "The section's account holds up.",
  CHALLENGES: "The section's account is wrong or one-sided.",
  COMPLICATES: "Partly right, but the picture is more complex.",
};

export const KIND_LABELS: Record<ResponseKind, string> = { CLAIM: "Claim", EVIDENCE: "Evidence", QUESTION: "Question" };

export const REPLY_KIND_LABELS: Record<ReplyKind, string> = { COUNTER: "Counter", AGREE: "Agree" };
