import { db } from "@/lib/db";
import type { PostStatus, ReplyKind, ResponseKind, Stance } from "@/lib/generated/prisma/enums";
import { uniqueSuffix } from "@/tests/setup/factories";
import type { ModeratedClass } from "@/tests/factories/moderation";

type DebateWorld = Pick<ModeratedClass, "assignment" | "reading">;

/** A response in a section (1 unless `position`) straight in the database, with its argument's structure. */
export function createStanceResponse(
  world: DebateWorld,
  authorId: string,
  data: { stance?: Stance | null; kind?: ResponseKind | null; status?: PostStatus; body?: string; createdAt?: Date; position?: number; quote?: { start: number; end: number; text: string } } = {},
) {
  const { position = 1, quote, ...fields } = data;
  return db.post.create({
    data: {
      assignmentId: world.assignment.id,
      sectionId: world.reading.sections[position - 1]!.id,
      authorId,
      body: `Response ${uniqueSuffix()}`,
      ...fields,
      ...(quote ? { quoteStart: quote.start, quoteEnd: quote.end, quoteText: quote.text } : {}),
    },
  });
}

/** A reply to `parent`, in the parent's section. */
export function createKindReply(
  parent: { id: string; assignmentId: string; sectionId: string },
  authorId: string,
  data: { replyKind?: ReplyKind | null; status?: PostStatus; body?: string; createdAt?: Date } = {},
) {
  return db.post.create({
    data: { assignmentId: parent.assignmentId, sectionId: parent.sectionId, parentId: parent.id, authorId, body: `Reply ${uniqueSuffix()}`, ...data },
  });
}

/** `count` responses of one stance, a second apart, oldest first. */
export async function createStanceResponses(world: DebateWorld, authorId: string, count: number, stance: Stance | null, start = new Date(Date.now() - 86_400_000)) {
  const posts = [];
  for (let index = 0; index < count; index++) {
    posts.push(await createStanceResponse(world, authorId, { stance, createdAt: new Date(start.getTime() + index * 1000) }));
  }
  return posts;
}
