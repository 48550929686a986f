import type { PostStatus } from "@/lib/generated/prisma/enums";
import { countWords } from "@/lib/assignments/words";
import { plural } from "@/lib/format";

// How far a student is with an assignment's requirements. Pure: fed by one query over the
// student's posts (lib/assignments/progress.ts), tested on its own.
//
// The rules:
// - only PUBLISHED posts count (pending, rejected, hidden and deleted ones do not);
// - a response counts when it has at least minWords words (lib/assignments/words.ts);
// - a reply counts when the response it answers is a classmate's, not the student's own;
// - a post is late when it was marked late or made after the due time.

export type Requirements = { minResponses: number; minReplies: number; minWords: number };

/** Prisma `select` fragment: an assignment's window and requirements, what progress is judged by. */
export const termsSelect = { opensAt: true, dueAt: true, latePolicy: true, minResponses: true, minReplies: true, minWords: true } as const;

export type AuthoredPost = {
  sectionId: string;
  status: PostStatus;
  /** null for a response; for a reply, the author of the response it answers. */
  replyToAuthorId: string | null;
  isReply: boolean;
  body: string;
  createdAt: Date;
  late: boolean;
};

export type ProgressStatus = "NOT_STARTED" | "IN_PROGRESS" | "MET";

export type Progress = {
  status: ProgressStatus;
  responses: { done: number; required: number };
  replies: { done: number; required: number };
  /** Published responses too short to count. */
  shortResponses: number;
  /** Sections with at least one of the student's published responses. */
  answeredSectionIds: string[];
  /** Some counted post was late. */
  postedLate: boolean;
  /** Past the due time without the requirements met. */
  overdue: boolean;
};

export function assessProgress(
  studentId: string,
  requirements: Requirements,
  posts: AuthoredPost[],
  { dueAt, now }: { dueAt: Date | null; now: Date },
): Progress {
  const published = posts.filter((post) => post.status === "PUBLISHED");
  const responses = published.filter((post) => !post.isReply);
  const counted = responses.filter((post) => countWords(post.body) >= requirements.minWords);
  const replies = published.filter((post) => post.isReply && post.replyToAuthorId !== null && post.replyToAuthorId !== studentId);
  const isLate = (post: AuthoredPost) => post.late || (dueAt !== null && post.createdAt > dueAt);
  const met = counted.length >= requirements.minResponses && replies.length >= requirements.minReplies;
  const status: ProgressStatus = published.length === 0 ? "NOT_STARTED" : met ? "MET" : "IN_PROGRESS";
  return {
    status,
    responses: { done: counted.length, required: requirements.minResponses },
    replies: { done: replies.length, required: requirements.minReplies },
    shortResponses: responses.length - counted.length,
    answeredSectionIds: [...new Set(responses.map((post) => post.sectionId))],
    postedLate: [...counted, ...replies].some(isLate),
    overdue: status !== "MET" && dueAt !== null && now > dueAt,
  };
}

/** "2 of 3 responses, 1 of 2 replies"; a count without a minimum reads "2 responses". */
export function describeProgress(progress: Pick<Progress, "responses" | "replies">): string {
  const part = ({ done, required }: { done: number; required: number }, noun: string, nouns = `${noun}s`) =>
    required > 0 ? `${done} of ${plural(required, noun, nouns)}` : plural(done, noun, nouns);
  return `${part(progress.responses, "response")}, ${part(progress.replies, "reply", "replies")}`;
}

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  MET: "Requirements met",
};
