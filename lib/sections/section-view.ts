import "server-only";
import { db } from "@/lib/db";
import { can, isModerator } from "@/lib/authz";
import type { AnonymityMode } from "@/lib/generated/prisma/enums";
import type { AssignmentContext } from "@/lib/assignments/context";
import { findSection } from "@/lib/discussion/find-section";
import { loadResponsePage, type ResponsePage } from "@/lib/discussion/list-responses";
import { discussionViewer, needsApproval, postingBlock, slowModeApplies } from "@/lib/discussion/posting-rules";
import { peerFilter } from "@/lib/discussion/visibility";
import type { PostView } from "@/lib/discussion/present-post";
import { loadPassages, loadQuotingPosts } from "@/lib/debate/passages";
import type { Span } from "@/lib/discussion/quote-spans";
import { listClaims, type ClaimView } from "@/lib/claims/queries";

export type SectionView = AssignmentContext & {
  section: { id: string; position: number; heading: string | null; body: string; question: string | null };
  // Positions of the assignment's sections before and after this one (an assignment may skip some).
  previousPosition: number | null;
  nextPosition: number | null;
  responseCount: number;
  canPost: boolean;
  // Why the viewer cannot post here now (muted, locked), shown instead of the form.
  postingBlockedBecause: string | null;
  sectionLock: { reason: string } | null;
  // What the viewer should know before posting.
  rules: {
    approvalRequired: boolean;
    slowModeSeconds: number;
    anonymity: AnonymityMode;
    ownPseudonym: string | null;
    lateNotice: string | null;
  };
  canModerate: boolean;
  canMarkClaims: boolean;
  stanceRequired: boolean;
  // Post-first is holding classmates' posts back until the viewer responds here.
  onlyOwn: boolean;
  passages: Awaited<ReturnType<typeof loadPassages>>;
  claims: ClaimView[];
  // The passage the viewer opened (?passage=), with the posts quoting it.
  openPassage: { span: Span; text: string; posts: PostView[] } | null;
  // Started once access is settled, not awaited: the page streams it in behind a placeholder.
  page: Promise<ResponsePage>;
};

// Everything the section page shows, or null when the viewer may not see it.
export async function getSectionView(
  userId: string,
  assignmentId: string,
  position: number,
  options: { cursor?: string | null; passage?: Span | null } = {},
): Promise<SectionView | null> {
  const found = await findSection(userId, assignmentId, position);
  if (!found) return null;
  const { context, readingId, section, settings } = found;
  const viewer = discussionViewer(userId, settings);
  const page = loadResponsePage(userId, settings, section.id, options.cursor);
  const passage = options.passage && options.passage.end <= section.body.length ? options.passage : null;
  const [before, after, responseCount, pseudonym, passages, claims, quoting] = await Promise.all([
    neighbour(assignmentId, readingId, { lt: section.position }, "desc"),
    neighbour(assignmentId, readingId, { gt: section.position }, "asc"),
    db.post.count({ where: { assignmentId, sectionId: section.id, parentId: null, status: "PUBLISHED", ...peerFilter(viewer) } }),
    settings.anonymity === "PSEUDONYMOUS"
      ? db.pseudonym.findUnique({ where: { assignmentId_userId: { assignmentId, userId } }, select: { label: true } })
      : null,
    loadPassages(viewer, assignmentId, section),
    listClaims(assignmentId, section.id),
    passage ? loadQuotingPosts(userId, settings, section.id, passage) : null,
  ]);
  const canPost = can(context.role, "create:post");
  return {
    ...context,
    section,
    previousPosition: before?.position ?? null,
    nextPosition: after?.position ?? null,
    responseCount,
    canPost,
    postingBlockedBecause: canPost ? postingBlock(settings) : null,
    sectionLock: settings.sectionLock,
    rules: {
      approvalRequired: needsApproval(settings),
      slowModeSeconds: slowModeApplies(settings) ? settings.slowModeSeconds : 0,
      anonymity: settings.anonymity,
      ownPseudonym: pseudonym?.label ?? null,
      lateNotice: settings.window.late ? settings.window.reason : null,
    },
    canModerate: isModerator(context.role),
    canMarkClaims: can(context.role, "mark:claim") && !context.classroom.archived,
    stanceRequired: settings.stanceRequired,
    onlyOwn: settings.onlyOwn,
    passages,
    claims,
    openPassage: passage && quoting ? { span: passage, text: section.body.slice(passage.start, passage.end), posts: quoting } : null,
    page,
  };
}

function neighbour(assignmentId: string, readingId: string, position: { lt: number } | { gt: number }, order: "asc" | "desc") {
  return db.section.findFirst({
    where: { readingId, position, assignments: { some: { assignmentId } } },
    orderBy: { position: order },
    select: { position: true },
  });
}
