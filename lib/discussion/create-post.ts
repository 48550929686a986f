import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isModerator } from "@/lib/authz";
import { findAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { spanProblem } from "@/lib/discussion/quote-spans";
import { CreateReplyInput, CreateResponseInput, STANCE_REQUIRED } from "@/lib/discussion/schemas";
import { pseudonymsFor } from "@/lib/discussion/anonymity";
import { moderatorNotices, replyNotices } from "@/lib/discussion/notices";
import { consumeRateLimit } from "@/lib/rate-limits/limiter";
import { renderedBody } from "@/lib/markdown/render";
import { bellNotices, publishLive } from "@/lib/live/publish";
import type { LiveNotice } from "@/lib/live/events";
import {
  discussionSettings,
  needsApproval,
  postingBlock,
  slowModeApplies,
  slowModeMessage,
  threadLockReasons,
  type DiscussionSettings,
} from "@/lib/discussion/posting-rules";

export type CreatedPost = { id: string; status: PostStatus };

export async function createResponse(userId: string, input: unknown): Promise<CreatedPost> {
  const { assignmentId, position, body, stance, kind, sources, idempotencyKey, ...quote } = parseInput(CreateResponseInput, input);
  // One query proves membership, that the section belongs to the assignment, and reads its rules.
  const access = await findAccess(userId, { assignmentId, position });
  if (!access) throw notFound("That section");
  const { section } = access;
  const settings = discussionSettings(access);
  if (settings.stanceRequired && !stance && !isModerator(settings.role)) {
    throw new AppError("INVALID", STANCE_REQUIRED, { stance: [STANCE_REQUIRED] });
  }
  const post = { sectionId: section.id, parentId: null, body, ...renderedBody(body), stance, kind, ...checkedQuote(section.body, quote) };
  // Only evidence cites sources; a nested create, even of none, makes Prisma open a transaction.
  const cited = sources.length ? { sources: { create: sources.map((source, position) => ({ ...source, position })) } } : {};
  return publish(userId, settings, { ...post, ...cited }, { idempotencyKey });
}

type QuoteInput = { quoteStart?: number; quoteEnd?: number; quoteText?: string };

function checkedQuote(sectionBody: string, { quoteStart, quoteEnd, quoteText }: QuoteInput) {
  if (quoteStart === undefined || quoteEnd === undefined || quoteText === undefined) return {};
  const problem = spanProblem(sectionBody, { start: quoteStart, end: quoteEnd, text: quoteText });
  if (problem) throw new AppError("INVALID", problem, { quoteText: [problem] });
  return { quoteStart, quoteEnd, quoteText };
}

// Replies attach to a response; replying to a reply joins the same response's thread.
export async function createReply(userId: string, input: unknown): Promise<CreatedPost> {
  const { parentId, body, replyKind, idempotencyKey, ...quote } = parseInput(CreateReplyInput, input);
  const access = await findAccess(userId, { postId: parentId });
  const target = access?.post;
  const parent = target?.parentId ? await db.post.findUnique({ where: { id: target.parentId }, select: { id: true, status: true, lockedAt: true, authorId: true } }) : null;
  const root = parent ?? target;
  if (!access || !target || !root || target.status !== "PUBLISHED" || root.status !== "PUBLISHED") throw notFound("That post");
  const settings = discussionSettings(access);
  // Under post-first a student cannot answer what they may not see yet.
  if (settings.onlyOwn && (target.authorId !== userId || root.authorId !== userId)) throw notFound("That post");
  const thread = root.lockedAt ? { lockReason: (await threadLockReasons([root.id])).get(root.id) ?? "" } : null;
  // Answering a reply: the thread stays the response's, and the answered reply is remembered.
  const replyTo = target.id === root.id ? null : target;
  const post = { sectionId: access.section.id, parentId: root.id, replyToId: replyTo?.id ?? null, body, ...renderedBody(body), replyKind, ...checkedQuote(access.section.body, quote) };
  return publish(userId, settings, post, { thread, idempotencyKey, parentAuthorId: root.authorId, replyToAuthorId: replyTo?.authorId ?? null });
}

type PostData = Omit<Prisma.PostUncheckedCreateInput, "assignmentId" | "authorId" | "status" | "late" | "idempotencyKey">;
// parentAuthorId: for a reply, the author of the response it joins; replyToAuthorId: of the reply
// it answers (both hear of it).
type Submission = { idempotencyKey?: string; thread?: { lockReason: string } | null; parentAuthorId?: string; replyToAuthorId?: string | null };
const CREATED = { id: true, status: true } as const;

// One INSERT and its live notice in one batched transaction, none held across round trips: under a
// burst every millisecond a pooled connection is held is a millisecond another request waits
// (ADR 0010). A post that notifies someone (a reply, a post awaiting approval) nests its
// notifications in the same create; a retried submission's create fails whole, so it notifies
// nobody twice (ADR 0016).
async function publish(userId: string, settings: DiscussionSettings, post: PostData, { idempotencyKey, thread = null, parentAuthorId, replyToAuthorId }: Submission): Promise<CreatedPost> {
  await consumeRateLimit("postingPerUser", userId);
  // A submission sent again (a retry after a lost answer, a double click) gets the post it made.
  const original = (client: Prisma.TransactionClient = db) =>
    idempotencyKey ? client.post.findUnique({ where: { authorId_idempotencyKey: { authorId: userId, idempotencyKey } }, select: CREATED }) : null;
  const blocked = postingBlock(settings, thread);
  if (blocked) {
    const made = await original();
    if (made) return made;
    throw new AppError("FORBIDDEN", blocked);
  }
  const status: PostStatus = needsApproval(settings) ? "PENDING" : "PUBLISHED";
  const notices =
    status === "PENDING"
      ? await moderatorNotices(db, { classroomId: settings.classroomId, kind: "PENDING", actorId: userId })
      : replyNotices({ authorId: userId, replyKind: post.replyKind ?? null, parentAuthorId: parentAuthorId ?? null, replyToAuthorId }, settings.classroomId);
  const notifications = notices.length ? { notifications: { createMany: { data: notices } } } : {};
  const data = { ...post, ...notifications, assignmentId: settings.assignmentId, authorId: userId, status, late: settings.window.late, idempotencyKey };
  // Classmates hear of a pending post only once it is approved.
  // Recipients' bells hear of their notifications in the same statement (ADR 0016).
  const liveNotices: LiveNotice[] = [
    { k: "post", c: settings.classroomId, a: settings.assignmentId, s: post.sectionId, u: userId, pub: status === "PUBLISHED", q: status === "PENDING" },
    ...bellNotices(notices),
  ];
  let created: CreatedPost;
  try {
    created = slowModeApplies(settings)
      ? await createInSlowMode(userId, settings, data, original, liveNotices)
      : (await db.$transaction([db.post.create({ data, select: CREATED }), publishLive(db, liveNotices)]))[0];
  } catch (error) {
    // The same key raced this one and won: its post is the answer.
    const raced = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? await original() : null;
    if (raced) return raced;
    throw error;
  }
  if (settings.anonymity === "PSEUDONYMOUS" && !isModerator(settings.role)) await pseudonymsFor(settings.assignmentId, [userId]);
  return created;
}

// Slow mode decides from the member's last post, read under a lock on their membership so that two
// quick submissions cannot both pass: a read, then a decision, then the write. That needs an
// interactive transaction, the one left on the posting path; it is three short statements.
function createInSlowMode(
  userId: string,
  settings: DiscussionSettings,
  data: Prisma.PostUncheckedCreateInput,
  original: (client: Prisma.TransactionClient) => Promise<CreatedPost | null> | null,
  liveNotices: LiveNotice[],
): Promise<CreatedPost> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Membership" WHERE "classroomId" = ${settings.classroomId} AND "userId" = ${userId} FOR UPDATE`;
    const last = await tx.post.findFirst({
      where: { assignmentId: settings.assignmentId, authorId: userId },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const nextAllowedAt = last ? new Date(last.createdAt.getTime() + settings.slowModeSeconds * 1000) : null;
    if (nextAllowedAt && nextAllowedAt > new Date()) {
      // The last post may be this very submission, sent before.
      const made = await original(tx);
      if (made) return made;
      throw new AppError("FORBIDDEN", slowModeMessage(nextAllowedAt));
    }
    const created = await tx.post.create({ data, select: CREATED });
    await publishLive(tx, liveNotices);
    return created;
  });
}
