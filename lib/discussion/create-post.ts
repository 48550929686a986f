import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isModerator } from "@/lib/authz";
import { findAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { spanProblem } from "@/lib/discussion/quote-spans";
import { CreateReplyInput, CreateResponseInput, STANCE_REQUIRED } from "@/lib/discussion/schemas";
import { pseudonymsFor } from "@/lib/discussion/anonymity";
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
  const { assignmentId, position, body, stance, kind, sources, ...quote } = parseInput(CreateResponseInput, input);
  // One query proves membership, that the section belongs to the assignment, and reads its rules.
  const access = await findAccess(userId, { assignmentId, position });
  if (!access) throw notFound("That section");
  const { section } = access;
  const settings = discussionSettings(access);
  if (settings.stanceRequired && !stance && !isModerator(settings.role)) {
    throw new AppError("INVALID", STANCE_REQUIRED, { stance: [STANCE_REQUIRED] });
  }
  return publish(userId, settings, {
    sectionId: section.id,
    parentId: null,
    body,
    stance,
    kind,
    ...checkedQuote(section.body, quote),
    sources: { create: sources.map((source, position) => ({ ...source, position })) },
  });
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
  const { parentId, body, replyKind, ...quote } = parseInput(CreateReplyInput, input);
  const access = await findAccess(userId, { postId: parentId });
  const target = access?.post;
  const parent = target?.parentId ? await db.post.findUnique({ where: { id: target.parentId }, select: { id: true, status: true, lockedAt: true, authorId: true } }) : null;
  const root = parent ?? target;
  if (!access || !target || !root || target.status !== "PUBLISHED" || root.status !== "PUBLISHED") throw notFound("That post");
  const settings = discussionSettings(access);
  // Under post-first a student cannot answer what they may not see yet.
  if (settings.onlyOwn && (target.authorId !== userId || root.authorId !== userId)) throw notFound("That post");
  const thread = root.lockedAt ? { lockReason: (await threadLockReasons([root.id])).get(root.id) ?? "" } : null;
  const post = { sectionId: access.section.id, parentId: root.id, body, replyKind, ...checkedQuote(access.section.body, quote) };
  return publish(userId, settings, post, thread);
}

async function publish(
  userId: string,
  settings: DiscussionSettings,
  post: Omit<Prisma.PostUncheckedCreateInput, "assignmentId" | "authorId" | "status" | "late">,
  thread: { lockReason: string } | null = null,
): Promise<CreatedPost> {
  const blocked = postingBlock(settings, thread);
  if (blocked) throw new AppError("FORBIDDEN", blocked);
  const status: PostStatus = needsApproval(settings) ? "PENDING" : "PUBLISHED";
  const created = await db.$transaction(async (tx) => {
    if (slowModeApplies(settings)) {
      // Serialize this member's posts so two quick submissions cannot both pass the interval check.
      await tx.$queryRaw`SELECT 1 FROM "Membership" WHERE "classroomId" = ${settings.classroomId} AND "userId" = ${userId} FOR UPDATE`;
      const last = await tx.post.findFirst({
        where: { assignmentId: settings.assignmentId, authorId: userId },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      });
      const nextAllowedAt = last ? new Date(last.createdAt.getTime() + settings.slowModeSeconds * 1000) : null;
      if (nextAllowedAt && nextAllowedAt > new Date()) throw new AppError("FORBIDDEN", slowModeMessage(nextAllowedAt));
    }
    return tx.post.create({
      data: { assignmentId: settings.assignmentId, authorId: userId, status, late: settings.window.late, ...post },
      select: { id: true, status: true },
    });
  });
  if (settings.anonymity === "PSEUDONYMOUS" && !isModerator(settings.role)) await pseudonymsFor(settings.assignmentId, [userId]);
  return created;
}
