import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/authz";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { AnswerPollInput } from "@/lib/poll/schemas";
import { findPollAssignment } from "@/lib/poll/find-poll";
import { loadStudentPoll } from "@/lib/poll/poll-view";

// A student's rating for one round; answering again changes it while the round is open for them
// (lib/poll/rounds.ts says when). Teachers and TAs do not answer.
export async function answerPoll(userId: string, input: unknown, now: Date = new Date()): Promise<void> {
  const { assignmentId, round, rating } = parseInput(AnswerPollInput, input);
  const poll = await findPollAssignment(userId, assignmentId, now);
  if (!poll) throw notFound("That assignment");
  if (!can(poll.context.role, "answer:poll")) throw new AppError("FORBIDDEN", "Only students answer the stance poll.");
  if (poll.thesis === null) throw new AppError("CONFLICT", "This reading has no stance poll.");
  const mine = await loadStudentPoll(userId, assignmentId, poll.times, now);
  const state = round === "BEFORE" ? mine.before : mine.after;
  if (!state.open) throw new AppError("FORBIDDEN", state.reason ?? "This round is closed.");
  await db.pollAnswer.upsert({
    where: { assignmentId_userId_round: { assignmentId, userId, round } },
    create: { assignmentId, userId, round, rating, answeredAt: now },
    update: { rating, answeredAt: now },
  });
}
