import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/record-audit";
import { publishLive } from "@/lib/live/publish";
import { PostTarget, SectionTarget } from "@/lib/moderation/schemas";
import { findSection } from "@/lib/discussion/find-section";
import { markPresent } from "@/lib/presence/presence";
import { discussionViewer } from "@/lib/discussion/posting-rules";
import { canSeeContent } from "@/lib/discussion/visibility";
import { presentationContext } from "@/lib/discussion/list-responses";
import { postRowSelect, presentPost, type PostView } from "@/lib/discussion/present-post";

// The one post a moderator puts at the top of a section page for everyone. It shows only while the
// post is published: hiding or deleting it takes it out of the spotlight for students at once, with
// no second write to forget.
export type SpotlightView = Pick<PostView, "id" | "createdAt" | "stance" | "kind" | "quote" | "html"> & {
  // The name as the viewer may see it (anonymity applies); null when the board hides names.
  author: string | null;
  spotlightedAt: string;
};

export async function spotlightPost(userId: string, input: unknown): Promise<void> {
  const { postId } = parseInput(PostTarget, input);
  const { classroom, assignment, section, post } = await requireAccess(userId, { postId }, "moderate:class", { writable: true });
  if (post.status !== "PUBLISHED") throw new AppError("INVALID", "Only a published post can be spotlighted.");
  await db.$transaction(async (tx) => {
    // Guarded on the post still being published, and not already in the spotlight.
    const { count } = await tx.assignmentSection.updateMany({
      where: {
        assignmentId: assignment.id,
        sectionId: section.id,
        OR: [{ spotlightPostId: null }, { spotlightPostId: { not: postId } }],
        section: { posts: { some: { id: postId, status: "PUBLISHED" } } },
      },
      data: { spotlightPostId: postId, spotlightedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "That post is already in the spotlight, or no longer published.");
    await recordAudit(tx, { classroomId: classroom.id, actorId: userId, action: "SPOTLIGHT", postId, targetUserId: post.authorId, reason: `Section ${section.position}` });
    await publishLive(tx, { k: "spotlight", c: classroom.id, a: assignment.id, s: section.id, pub: true });
  });
}

export async function clearSpotlight(userId: string, input: unknown): Promise<void> {
  const { assignmentId, position } = parseInput(SectionTarget, input);
  const { classroom, section } = await requireAccess(userId, { assignmentId, position }, "moderate:class", { writable: true });
  await db.$transaction(async (tx) => {
    const current = await tx.assignmentSection.findUnique({
      where: { assignmentId_sectionId: { assignmentId, sectionId: section.id } },
      select: { spotlightPostId: true },
    });
    const postId = current?.spotlightPostId;
    if (!postId) throw new AppError("CONFLICT", "Nothing is in the spotlight.");
    const { count } = await tx.assignmentSection.updateMany({
      where: { assignmentId, sectionId: section.id, spotlightPostId: postId },
      data: { spotlightPostId: null, spotlightedAt: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "The spotlight changed meanwhile. Try again.");
    await recordAudit(tx, { classroomId: classroom.id, actorId: userId, action: "CLEAR_SPOTLIGHT", postId, reason: `Section ${position}` });
    await publishLive(tx, { k: "spotlight", c: classroom.id, a: assignmentId, s: section.id, pub: true });
  });
}

// The spotlighted post's row, when this viewer may see it.
async function visibleSpotlight(userId: string, assignmentId: string, position: number) {
  const found = await findSection(userId, assignmentId, position);
  if (!found) return null;
  const { settings, section } = found;
  const viewer = discussionViewer(userId, settings);
  const placement = await db.assignmentSection.findUnique({
    where: { assignmentId_sectionId: { assignmentId, sectionId: section.id } },
    select: { spotlightedAt: true, spotlightPost: { select: postRowSelect(settings.classroomId) } },
  });
  const row = placement?.spotlightPost;
  // Published only, for everyone; and post-first still applies: a student who has not responded
  // sees no classmate's post here either.
  if (!row || !placement.spotlightedAt || row.status !== "PUBLISHED" || !canSeeContent(row, viewer)) return null;
  return { row, spotlightedAt: placement.spotlightedAt, settings, viewer };
}

/** The section's spotlighted post as this viewer may see it, or null (none, not published, or not theirs to see). */
export async function getSpotlight(userId: string, assignmentId: string, position: number): Promise<SpotlightView | null> {
  const found = await visibleSpotlight(userId, assignmentId, position);
  if (!found) return null;
  const { row, spotlightedAt, settings, viewer } = found;
  const view = presentPost(row, await presentationContext(settings, viewer, [row]));
  return {
    id: view.id,
    author: view.author.name,
    createdAt: view.createdAt,
    stance: view.stance,
    kind: view.kind,
    quote: view.quote,
    html: view.html,
    spotlightedAt: spotlightedAt.toISOString(),
  };
}

/**
 * The page's heartbeat (POST …/presence): the viewer is here, who else is, and which post is in
 * the spotlight for them now, so an open page notices a new or cleared spotlight.
 */
export async function heartbeat(userId: string, assignmentId: string, position: unknown, options: { withNames?: boolean } = {}) {
  const presence = await markPresent(userId, assignmentId, position, options);
  const spotlight = await visibleSpotlight(userId, assignmentId, Number(position));
  return { ...presence, spotlightId: spotlight?.row.id ?? null };
}
