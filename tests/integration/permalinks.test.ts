import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findPermalink } from "@/lib/discussion/permalink";
import { listResponses, RESPONSES_PER_PAGE } from "@/lib/discussion/list-responses";
import { createModeratedClass, type ModeratedClass } from "@/tests/factories/moderation";
import { createStanceResponse, createKindReply } from "@/tests/factories/debate";

// Permalinks (/posts/:id): the section page and the page of its responses that lists the post,
// named by the same cursor the section's "Show older responses" links carry, for anyone who may
// see the post, and nothing for anyone else.

const START = new Date(Date.now() - 86_400_000);

function parts(href: string | null) {
  if (!href) throw new Error("no permalink");
  const url = new URL(href, "http://margin.test");
  return { path: url.pathname, cursor: url.searchParams.get("cursor"), hash: url.hash };
}

// Every page of the section's responses as `userId` reads it: the cursor that opens it (null for
// the first) and the ids it lists.
async function pagesOf(userId: string, assignmentId: string, position: number) {
  const pages: { cursor: string | null; ids: string[] }[] = [];
  let cursor: string | null = null;
  do {
    const page = await listResponses(userId, assignmentId, position, cursor);
    pages.push({ cursor, ids: page.responses.map((response) => response.id) });
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

async function expectListedWhereLinked(userId: string, world: ModeratedClass, position: number, postId: string, rootId = postId) {
  const link = parts(await findPermalink(userId, postId));
  expect(link.path).toBe(`/assignments/${world.assignment.id}/sections/${position}`);
  expect(link.hash).toBe(`#post-${postId}`);
  const page = await listResponses(userId, world.assignment.id, position, link.cursor);
  expect(page.responses.map((response) => response.id)).toContain(rootId);
  return link;
}

describe("finding a post's page", () => {
  let world: ModeratedClass;
  // Section 1: 55 responses a second apart, oldest first, and a pinned one.
  let responses: Awaited<ReturnType<typeof createStanceResponse>>[];
  let pinned: { id: string };
  beforeAll(async () => {
    world = await createModeratedClass();
    responses = [];
    for (let index = 0; index < 55; index++) {
      responses.push(await createStanceResponse(world, world.alice.id, { createdAt: new Date(START.getTime() + index * 1000) }));
    }
    pinned = await db.post.update({ where: { id: responses[10]!.id }, data: { pinnedAt: new Date() } });
  });

  it("links the 45th newest response to page 3, by the cursor page 2's 'older' link carries", async () => {
    const newestFirst = responses.filter((post) => post.id !== pinned.id).reverse();
    const pages = await pagesOf(world.bob.id, world.assignment.id, 1);
    expect(pages).toHaveLength(3);
    const target = newestFirst[44]!;
    const link = parts(await findPermalink(world.bob.id, target.id));
    expect(link.cursor).toBe(pages[2]!.cursor);
    expect(pages[2]!.ids).toContain(target.id);
    expect(pages[1]!.ids).not.toContain(target.id);
  });

  it("links every response to the page that lists it, and a pinned one to the first page", async () => {
    const pages = await pagesOf(world.teacher.id, world.assignment.id, 1);
    for (const post of responses) {
      const { cursor } = parts(await findPermalink(world.teacher.id, post.id));
      expect(pages.find((page) => page.ids.includes(post.id))?.cursor).toBe(cursor);
    }
    expect(parts(await findPermalink(world.carol.id, pinned.id)).cursor).toBeNull();
    expect(pages[0]!.ids[0]).toBe(pinned.id);
  });

  it("links a reply to its response's page, scrolled to the reply", async () => {
    const oldest = responses[0]!;
    const reply = await createKindReply(oldest, world.bob.id);
    const link = await expectListedWhereLinked(world.carol.id, world, 1, reply.id, oldest.id);
    expect(link.cursor).not.toBeNull();
    const page = await listResponses(world.carol.id, world.assignment.id, 1, link.cursor);
    expect(page.responses.find((response) => response.id === oldest.id)?.replies.map((r) => r.id)).toEqual([reply.id]);
  });

  it("orders responses posted at the same instant by id, as the list does, across a page boundary", async () => {
    const instant = new Date(START.getTime() - 60_000);
    const tied = [];
    for (let index = 0; index < RESPONSES_PER_PAGE + 5; index++) {
      tied.push(await createStanceResponse(world, world.bob.id, { position: 2, createdAt: instant }));
    }
    const pages = await pagesOf(world.carol.id, world.assignment.id, 2);
    expect(pages).toHaveLength(2);
    for (const post of tied) {
      const link = await expectListedWhereLinked(world.carol.id, world, 2, post.id);
      expect(pages.find((page) => page.ids.includes(post.id))?.cursor).toBe(link.cursor);
    }
  });
});

describe("who a permalink opens for", () => {
  let world: ModeratedClass;
  beforeAll(async () => {
    world = await createModeratedClass();
  });
  const section3 = (authorId: string, data: Parameters<typeof createStanceResponse>[2] = {}) =>
    createStanceResponse(world, authorId, { position: 3, ...data });

  it("opens a pending post for its author and teachers only", async () => {
    const pending = await section3(world.bob.id, { status: "PENDING" });
    expect(await findPermalink(world.carol.id, pending.id)).toBeNull();
    await expectListedWhereLinked(world.bob.id, world, 3, pending.id);
    await expectListedWhereLinked(world.teacher.id, world, 3, pending.id);
    await expectListedWhereLinked(world.ta.id, world, 3, pending.id);
  });

  it("opens a hidden post for no other student, and not a reply under it either when that is hidden too", async () => {
    const hidden = await section3(world.bob.id, { status: "HIDDEN" });
    expect(await findPermalink(world.carol.id, hidden.id)).toBeNull();
    expect(await findPermalink(world.alice.id, hidden.id)).toBeNull();
    await expectListedWhereLinked(world.teacher.id, world, 3, hidden.id);
    const reply = await createKindReply(hidden, world.alice.id, { status: "HIDDEN" });
    expect(await findPermalink(world.carol.id, reply.id)).toBeNull();
    // A published reply under the hidden response: the response stands as a placeholder, the reply opens.
    const published = await createKindReply(hidden, world.alice.id);
    await expectListedWhereLinked(world.carol.id, world, 3, published.id, hidden.id);
  });

  it("opens nothing for a deleted post, an outsider, an unknown user or an id that is not one", async () => {
    const post = await section3(world.bob.id);
    const deleted = await section3(world.bob.id, { status: "DELETED" });
    for (const userId of [world.outsider.id, world.unknownUserId]) expect(await findPermalink(userId, post.id)).toBeNull();
    expect(await findPermalink(world.teacher.id, deleted.id)).toBeNull();
    expect(await findPermalink(world.carol.id, "nosuchpost00000000000000")).toBeNull();
    expect(await findPermalink(world.carol.id, "\u0000")).toBeNull();
  });

  it("opens nothing for a student before the assignment opens", async () => {
    const post = await section3(world.bob.id);
    await db.assignment.update({ where: { id: world.assignment.id }, data: { opensAt: new Date(Date.now() + 3_600_000) } });
    try {
      expect(await findPermalink(world.carol.id, post.id)).toBeNull();
      await expectListedWhereLinked(world.teacher.id, world, 3, post.id);
    } finally {
      await db.assignment.update({ where: { id: world.assignment.id }, data: { opensAt: START } });
    }
  });

  it("keeps classmates' posts closed under post-first until the student has responded there", async () => {
    await db.assignment.update({ where: { id: world.assignment.id }, data: { postFirst: true } });
    const bobs = await createStanceResponse(world, world.bob.id, { position: 2 });
    const reply = await createKindReply(bobs, world.bob.id);
    expect(await findPermalink(world.carol.id, bobs.id)).toBeNull();
    expect(await findPermalink(world.carol.id, reply.id)).toBeNull();
    // Her own reply under Bob's response: the list she may read does not hold his response yet.
    const own = await createKindReply(bobs, world.carol.id);
    expect(await findPermalink(world.carol.id, own.id)).toBeNull();
    await expectListedWhereLinked(world.teacher.id, world, 2, bobs.id);
    const carols = await createStanceResponse(world, world.carol.id, { position: 2 });
    await expectListedWhereLinked(world.carol.id, world, 2, carols.id);
    await expectListedWhereLinked(world.carol.id, world, 2, reply.id, bobs.id);
  });
});
