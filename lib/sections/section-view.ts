import "server-only";
import { db } from "@/lib/db";
import { can, isModerator } from "@/lib/authz";
import type { AnonymityMode } from "@/lib/generated/prisma/enums";
import type { AssignmentContext } from "@/lib/assignments/context";
import { findSection } from "@/lib/discussion/find-section";
import { loadResponsePage, type ResponsePage } from "@/lib/discussion/list-responses";
import { discussionViewer, needsApproval, postingBlock, slowModeApplies } from "@/lib/discussion/posting-rules";
import { peerFilter, type DiscussionViewer } from "@/lib/discussion/visibility";
import type { PostView } from "@/lib/discussion/present-post";
import { loadPassages, loadQuotingPosts } from "@/lib/debate/passages";
import type { Span } from "@/lib/discussion/quote-spans";
import { listClaims, type ClaimView } from "@/lib/claims/queries";
import { cachedSectionData } from "@/lib/discussion/section-cache";
import { sectionTextHtml } from "@/lib/debate/section-text-html";

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
  // The section's text as HTML, shaded by heat, claims numbered, the open passage outlined.
  textHtml: string;
  // The passage the viewer opened (?passage=), with the posts quoting it.
  openPassage: { span: Span; text: string; posts: PostView[] } | null;
  // Started once access is settled, not awaited here: it loads while the rest of the view does.
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
  const { context, readingId, section, settings, discussionVersion } = found;
  const viewer = discussionViewer(userId, settings);
  const canPost = can(context.role, "create:post");
  const page = loadResponsePage(userId, settings, section.id, options.cursor);
  // The list awaits it later; when this view fails first (the database gone mid-request), nobody
  // will, and an unheard rejection is logged as unhandled: heard here, still thrown to the list.
  page.catch(() => undefined);
  const passage = options.passage && options.passage.end <= section.body.length ? options.passage : null;
  // Under post-first the heat and count are the viewer's own: not shared, so not cached.
  const loadShared = () => sharedSectionData(viewer, assignmentId, section);
  const cacheKey = { part: "section-page", assignmentId, sectionId: section.id, version: discussionVersion, body: section.body };
  const [neighbours, { responseCount, passages, claims, textHtml }, pseudonym, quoting] = await Promise.all([
    neighbourPositions(assignmentId, readingId, section.position),
    viewer.onlyOwn ? loadShared() : cachedSectionData(cacheKey, loadShared),
    settings.anonymity === "PSEUDONYMOUS" && canPost
      ? db.pseudonym.findUnique({ where: { assignmentId_userId: { assignmentId, userId } }, select: { label: true } })
      : null,
    passage ? loadQuotingPosts(userId, settings, section.id, passage) : null,
  ]);
  return {
    ...context,
    section,
    ...neighbours,
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
    // Outlining an opened passage is this request's own: the cached text has none.
    textHtml: passage ? layOutText(section.body, passages, claims, passage) : textHtml,
    openPassage: passage && quoting ? { span: passage, text: section.body.slice(passage.start, passage.end), posts: quoting } : null,
    page,
  };
}

// The section's text laid out, its passage heat, claims and published responses as this viewer
// may count them.
async function sharedSectionData(viewer: DiscussionViewer, assignmentId: string, section: { id: string; body: string }) {
  const [responseCount, passages, claims] = await Promise.all([
    db.post.count({ where: { assignmentId, sectionId: section.id, parentId: null, status: "PUBLISHED", ...peerFilter(viewer) } }),
    loadPassages(viewer, assignmentId, section),
    listClaims(assignmentId, section.id),
  ]);
  return { responseCount, passages, claims, textHtml: layOutText(section.body, passages, claims, null) };
}

function layOutText(body: string, passages: Awaited<ReturnType<typeof loadPassages>>, claims: ClaimView[], openPassage: Span | null) {
  const numbered = claims.map((claim, index) => ({ id: claim.id, start: claim.start, end: claim.end, number: index + 1 }));
  return sectionTextHtml({ body, paragraphs: passages.paragraphs, heat: passages.heat, claims: numbered, openPassage });
}

// The assigned sections just before and after this one, from one read of the assignment's
// positions (an assignment has tens of sections, not thousands).
async function neighbourPositions(assignmentId: string, readingId: string, position: number) {
  const rows = await db.section.findMany({
    where: { readingId, position: { not: position }, assignments: { some: { assignmentId } } },
    select: { position: true },
  });
  const positions = rows.map((row) => row.position);
  const before = positions.filter((p) => p < position);
  const after = positions.filter((p) => p > position);
  return {
    previousPosition: before.length ? Math.max(...before) : null,
    nextPosition: after.length ? Math.min(...after) : null,
  };
}
