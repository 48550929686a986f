import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";
import { findAccess } from "@/lib/access";
import { pollOf } from "@/lib/poll/poll-assignment";
import { afterRoundState, beforeRoundState, canCloseAfterRound, isAfterRoundOpen, type PollTimes, type RoundState } from "@/lib/poll/rounds";

export type StudentPoll = {
  before: { rating: number | null } & RoundState;
  after: { rating: number | null } & RoundState;
};

export type PollView = {
  assignmentId: string;
  title: string;
  classroom: { id: string; name: string; archived: boolean };
  role: Role;
  thesis: string | null;
  afterRound: { open: boolean; openedEarly: boolean; canClose: boolean; dueAt: string | null };
  canConfigure: boolean;
  canViewResults: boolean;
  /** Students only: their own answers and what they may do. Never anyone else's. */
  mine: StudentPoll | null;
};

export async function getPollView(userId: string, assignmentId: string, now: Date = new Date()): Promise<PollView | null> {
  const access = await findAccess(userId, { assignmentId }, { now });
  if (!access) return null;
  const poll = pollOf(access);
  const { context, thesis, times } = poll;
  const answers = can(context.role, "answer:poll") && thesis !== null;
  return {
    assignmentId,
    title: context.reading.title,
    classroom: context.classroom,
    role: context.role,
    thesis,
    afterRound: {
      open: isAfterRoundOpen(times, now),
      openedEarly: times.afterPollOpenedAt !== null,
      canClose: canCloseAfterRound(times, now),
      dueAt: context.dueAt,
    },
    canConfigure: can(context.role, "configure:moderation"),
    canViewResults: can(context.role, "view:poll-results"),
    mine: answers ? await loadStudentPoll(userId, assignmentId, poll.times, now) : null,
  };
}

export async function loadStudentPoll(userId: string, assignmentId: string, times: PollTimes, now: Date): Promise<StudentPoll> {
  const [rows, post] = await Promise.all([
    db.pollAnswer.findMany({ where: { assignmentId, userId }, select: { round: true, rating: true } }),
    db.post.findFirst({ where: { assignmentId, authorId: userId }, select: { id: true } }),
  ]);
  const before = rows.find((row) => row.round === "BEFORE")?.rating ?? null;
  const after = rows.find((row) => row.round === "AFTER")?.rating ?? null;
  return {
    before: { rating: before, ...beforeRoundState(times, { hasPosted: post !== null, hasAfterAnswer: after !== null }, now) },
    after: { rating: after, ...afterRoundState(times, now) },
  };
}
