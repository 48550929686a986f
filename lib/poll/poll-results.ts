import "server-only";
import { db } from "@/lib/db";
import { STUDENT_ROLE } from "@/lib/authz";
import { toCsv } from "@/lib/csv";
import { findAccess } from "@/lib/access";
import { pollOf } from "@/lib/poll/poll-assignment";
import { describeShift, RATINGS, ratingLabel, shiftOf, type Rating } from "@/lib/poll/ratings";

export type Distribution = {
  /** One entry per rating 1..5, in order. */
  bars: { rating: Rating; label: string; count: number }[];
  total: number;
  /** null without answers. */
  mean: number | null;
};

export type StudentShift = { name: string; email: string; before: number | null; after: number | null; shift: number | null; shiftText: string };

export type PollResults = {
  assignmentId: string;
  title: string;
  thesis: string | null;
  before: Distribution;
  after: Distribution;
  /** Students with both answers: how many moved which way, and the mean shift. */
  shifts: { compared: number; towardAgree: number; towardDisagree: number; unchanged: number; mean: number | null };
  /** Every student of the class, answered or not, by name. */
  students: StudentShift[];
};

export function distribution(ratings: number[]): Distribution {
  const bars = RATINGS.map((rating) => ({ rating, label: ratingLabel(rating), count: ratings.filter((r) => r === rating).length }));
  return { bars, total: ratings.length, mean: average(ratings) };
}

function average(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

// The class's answers, for its teachers and TAs (view:poll-results); null for anyone else.
// Only the class's current students count: a removed student's answers drop out.
export async function getPollResults(userId: string, assignmentId: string, now: Date = new Date()): Promise<PollResults | null> {
  const access = await findAccess(userId, { assignmentId }, { now, permission: "view:poll-results" });
  if (!access) return null;
  const poll = pollOf(access);
  const members = await db.membership.findMany({
    where: { classroomId: poll.context.classroom.id, role: STUDENT_ROLE },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
    select: { user: { select: { name: true, email: true, pollAnswers: { where: { assignmentId }, select: { round: true, rating: true } } } } },
  });
  const students = members.map(({ user }) => {
    const before = user.pollAnswers.find((a) => a.round === "BEFORE")?.rating ?? null;
    const after = user.pollAnswers.find((a) => a.round === "AFTER")?.rating ?? null;
    return { name: user.name, email: user.email, before, after, shift: shiftOf(before, after), shiftText: describeShift(before, after) };
  });
  const shifts = students.flatMap((s) => (s.shift === null ? [] : [s.shift]));
  return {
    assignmentId,
    title: poll.context.reading.title,
    thesis: poll.thesis,
    before: distribution(students.flatMap((s) => (s.before === null ? [] : [s.before]))),
    after: distribution(students.flatMap((s) => (s.after === null ? [] : [s.after]))),
    shifts: {
      compared: shifts.length,
      towardAgree: shifts.filter((s) => s > 0).length,
      towardDisagree: shifts.filter((s) => s < 0).length,
      unchanged: shifts.filter((s) => s === 0).length,
      mean: average(shifts),
    },
    students,
  };
}

// The per-student table as a spreadsheet. The shift is a number cell (a "+2" text cell would be
// escaped as a formula); toCsv guards names against formula injection.
export function pollCsv(results: PollResults): string {
  const answer = (rating: number | null) => (rating === null ? "" : `${rating} (${ratingLabel(rating)})`);
  return toCsv([
    ["Thesis", results.thesis ?? ""],
    [],
    ["Student", "Email", "Before", "After", "Shift"],
    ...results.students.map((s) => [s.name, s.email, answer(s.before), answer(s.after), s.shift ?? s.shiftText]),
  ]);
}
