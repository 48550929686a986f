import "server-only";
import { db } from "@/lib/db";
import { requireAccess } from "@/lib/access";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { AnswerPollInput } from "@/lib/poll/schemas";
import { pollOf } from "@/lib/poll/poll-assignment";
import { loadStudentPoll } from "@/lib/poll/poll-view";

// A student's rating for one round; answering again changes it while the round is open for them
// (lib/poll/rounds.ts says when). Teachers and TAs do not answer.
export async function answerPoll(userId: string, input: unknown, now: Date = new Date()): Promise<void> {
  const { assignmentId, round, rating } = parseInput(AnswerPollInput, input);
  const poll = pollOf(await requireAccess(userId, { assignmentId }, "answer:poll", { now }));
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
