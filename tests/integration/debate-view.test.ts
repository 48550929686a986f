import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COLUMN_SIZE, DEBATE_PAGE_SIZE, getDebateView, type DebateView } from "@/lib/debate/debate-view";
import { parseStanceFilter } from "@/lib/debate/debate-schemas";
import { createModeratedClass, type ModeratedClass } from "@/tests/factories/moderation";
import { createKindReply, createStanceResponse, createStanceResponses } from "@/tests/factories/debate";
import type { FactoryUser } from "@/tests/setup/factories";

const MINUTE = 60_000;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE);

async function view(world: ModeratedClass, userId: string, options: Parameters<typeof getDebateView>[3] = {}): Promise<DebateView> {
  const result = await getDebateView(userId, world.assignment.id, 1, options);
  expect(result).not.toBeNull();
  return result!;
}

const ids = (posts: { id: string }[]) => posts.map((post) => post.id);

function expectNoTraceOf(payload: string, author: FactoryUser) {
  expect(payload).not.toContain(author.id);
  expect(payload).not.toContain(author.name);
  expect(payload).not.toContain(author.email);
  expect(payload).not.toContain(author.email.split("@")[0]!);
}

describe("debate view counts", () => {
  it("counts published responses by stance and kind, and replies by kind", async () => {
    const world = await createModeratedClass();
    const { alice, bob, carol, teacher } = world;
    const challenge = await createStanceResponse(world, alice.id, { stance: "CHALLENGES", kind: "CLAIM" });
    await createStanceResponse(world, bob.id, { stance: "CHALLENGES", kind: "EVIDENCE" });
    await createStanceResponse(world, carol.id, { stance: "SUPPORTS", kind: "EVIDENCE" });
    await createStanceResponse(world, carol.id, { stance: "COMPLICATES", kind: "QUESTION" });
    await createStanceResponse(world, teacher.id, {});
    await createKindReply(challenge, bob.id, { replyKind: "COUNTER" });
    await createKindReply(challenge, carol.id, { replyKind: "COUNTER" });
    await createKindReply(challenge, teacher.id, { replyKind: "AGREE" });
    await createKindReply(challenge, alice.id, {});
    // Another section's posts are not this section's debate.
    const elsewhere = await createStanceResponse(world, alice.id, { stance: "SUPPORTS", position: 2 });
    await createKindReply(elsewhere, bob.id, { replyKind: "AGREE" });

    const { counts } = await view(world, teacher.id);
    expect(counts).toEqual({
      responses: 5,
      byStance: { supports: 1, challenges: 2, complicates: 1, none: 1 },
      byKind: { claim: 1, evidence: 2, question: 1, none: 1 },
      replies: { total: 4, counter: 2, agree: 1 },
    });
    // Students see the same published counts.
    expect((await view(world, bob.id)).counts).toEqual(counts);
  });

  it("leaves pending, rejected, hidden and deleted posts out of every count and list, even for moderators", async () => {
    const world = await createModeratedClass();
    const published = await createStanceResponse(world, world.alice.id, { stance: "CHALLENGES" });
    const unpublished = [];
    for (const status of ["PENDING", "REJECTED", "HIDDEN", "DELETED"] as const) {
      unpublished.push(await createStanceResponse(world, world.bob.id, { stance: "CHALLENGES", kind: "CLAIM", status }));
      unpublished.push(await createKindReply(published, world.bob.id, { replyKind: "COUNTER", status }));
    }
    for (const viewer of [world.teacher, world.ta, world.bob, world.carol]) {
      const debate = await view(world, viewer.id);
      expect(debate.counts.byStance.challenges).toBe(1);
      expect(debate.counts.byKind.claim).toBe(0);
      expect(debate.counts.replies).toEqual({ total: 0, counter: 0, agree: 0 });
      expect(debate.columns?.find((column) => column.stance === "challenges")?.posts.map((post) => [post.id, post.replyCount])).toEqual([[published.id, 0]]);
      const payload = JSON.stringify(debate);
      for (const post of unpublished) expect(payload).not.toContain(post.id);
    }
  });
});

describe("grouping and filtering by stance", () => {
  it("groups the newest responses of each stance in the All view, with the stance's full count", async () => {
    const world = await createModeratedClass();
    const supports = await createStanceResponses(world, world.alice.id, COLUMN_SIZE + 2, "SUPPORTS");
    const none = await createStanceResponse(world, world.bob.id, { kind: "QUESTION" });
    const debate = await view(world, world.carol.id);
    expect(debate.filter).toBeNull();
    expect(debate.page).toBeNull();
    const columns = Object.fromEntries(debate.columns!.map((column) => [column.stance, column]));
    expect(columns.supports?.count).toBe(COLUMN_SIZE + 2);
    expect(ids(columns.supports!.posts)).toEqual(ids(supports.slice(2).reverse()));
    expect(columns.challenges).toEqual({ stance: "challenges", count: 0, posts: [] });
    expect(ids(columns.none!.posts)).toEqual([none.id]);
  });

  it("shows only the chosen stance, newest first, with reply counts of published replies", async () => {
    const world = await createModeratedClass();
    const older = await createStanceResponse(world, world.alice.id, { stance: "COMPLICATES", createdAt: minutesAgo(10), body: "**Both** sides [have](https://example.org) a point" });
    const quote = { start: 0, end: 9, text: "Section 1" };
    const newer = await createStanceResponse(world, world.bob.id, { stance: "COMPLICATES", createdAt: minutesAgo(5), quote });
    await createStanceResponse(world, world.bob.id, { stance: "SUPPORTS" });
    await createStanceResponse(world, world.bob.id, {});
    await createKindReply(older, world.carol.id, { replyKind: "AGREE" });
    await createKindReply(older, world.bob.id, {});
    await createKindReply(older, world.bob.id, { status: "HIDDEN" });

    const debate = await view(world, world.carol.id, { filter: "complicates" });
    expect(debate.columns).toBeNull();
    expect(debate.page?.stance).toBe("complicates");
    expect(debate.page?.posts.map((post) => [post.id, post.stance, post.replyCount])).toEqual([
      [newer.id, "COMPLICATES", 0],
      [older.id, "COMPLICATES", 2],
    ]);
    expect(debate.page?.posts[1]?.excerpt).toBe("Both sides have a point");
    expect(debate.page?.posts.map((post) => post.quote)).toEqual([quote, null]);
    expect(debate.page?.nextCursor).toBeNull();

    const none = await view(world, world.carol.id, { filter: "none" });
    expect(none.page?.posts.map((post) => post.stance)).toEqual([null]);
  });

  it("pages through a stance past the first page with a keyset cursor", async () => {
    const world = await createModeratedClass();
    const challenges = await createStanceResponses(world, world.alice.id, DEBATE_PAGE_SIZE + 5, "CHALLENGES");
    await createStanceResponses(world, world.bob.id, 3, "SUPPORTS");
    const first = await view(world, world.carol.id, { filter: "challenges" });
    expect(first.page?.posts).toHaveLength(DEBATE_PAGE_SIZE);
    expect(first.page?.nextCursor).toEqual(expect.any(String));
    const second = await view(world, world.carol.id, { filter: "challenges", cursor: first.page!.nextCursor });
    expect(second.page?.posts).toHaveLength(5);
    expect(second.page?.nextCursor).toBeNull();
    expect([...ids(first.page!.posts), ...ids(second.page!.posts)]).toEqual(ids(challenges.reverse()));
    // A cursor means nothing without a filter, and a garbled one starts over.
    expect((await view(world, world.carol.id, { cursor: first.page!.nextCursor })).columns).not.toBeNull();
    expect(ids((await view(world, world.carol.id, { filter: "challenges", cursor: "garbage" })).page!.posts)).toEqual(ids(first.page!.posts));
  });

  it("reads the stance parameter strictly: known values only, anything else shows all", () => {
    expect(parseStanceFilter("challenges")).toBe("challenges");
    expect(parseStanceFilter("Supports")).toBe("supports");
    expect(parseStanceFilter("none")).toBe("none");
    expect(parseStanceFilter("CHALLENGE")).toBeNull();
    expect(parseStanceFilter(["challenges"])).toBeNull();
    expect(parseStanceFilter(undefined)).toBeNull();
  });
});

describe("unanswered challenges", () => {
  it("lists challenges without a published reply, oldest first, and counts them", async () => {
    const world = await createModeratedClass();
    const { alice, bob, carol, teacher } = world;
    const answered = await createStanceResponse(world, alice.id, { stance: "CHALLENGES", createdAt: minutesAgo(60) });
    await createKindReply(answered, bob.id, { replyKind: "COUNTER" });
    const pendingReply = await createStanceResponse(world, bob.id, { stance: "CHALLENGES", createdAt: minutesAgo(50) });
    await createKindReply(pendingReply, carol.id, { status: "PENDING" });
    const deletedReply = await createStanceResponse(world, carol.id, { stance: "CHALLENGES", createdAt: minutesAgo(40) });
    await createKindReply(deletedReply, teacher.id, { status: "DELETED" });
    const hiddenReply = await createStanceResponse(world, alice.id, { stance: "CHALLENGES", createdAt: minutesAgo(30) });
    await createKindReply(hiddenReply, bob.id, { status: "HIDDEN" });
    const lonely = await createStanceResponse(world, bob.id, { stance: "CHALLENGES", createdAt: minutesAgo(20) });
    // Not challenges, or not published: never listed.
    await createStanceResponse(world, alice.id, { stance: "SUPPORTS", createdAt: minutesAgo(70) });
    await createStanceResponse(world, alice.id, { stance: "CHALLENGES", status: "HIDDEN", createdAt: minutesAgo(80) });
    await createStanceResponse(world, alice.id, { stance: "CHALLENGES", status: "PENDING", createdAt: minutesAgo(80) });
    // A reply answers the challenge whatever kind it is.
    const agreed = await createStanceResponse(world, carol.id, { stance: "CHALLENGES", createdAt: minutesAgo(90) });
    await createKindReply(agreed, alice.id, { replyKind: "AGREE" });

    for (const viewer of [teacher, carol]) {
      const { unanswered } = await view(world, viewer.id);
      expect(unanswered.count).toBe(4);
      expect(ids(unanswered.posts)).toEqual([pendingReply.id, deletedReply.id, hiddenReply.id, lonely.id]);
    }
  });

  it("caps the list but counts them all", async () => {
    const world = await createModeratedClass();
    const challenges = await createStanceResponses(world, world.alice.id, 23, "CHALLENGES");
    const { unanswered } = await view(world, world.teacher.id);
    expect(unanswered.count).toBe(23);
    expect(ids(unanswered.posts)).toEqual(ids(challenges.slice(0, 20)));
  });
});

describe("post-first", () => {
  it("shows a student who has not responded only their own posts: no classmate's post, count or name", async () => {
    const world = await createModeratedClass();
    await db.assignment.update({ where: { id: world.assignment.id }, data: { postFirst: true } });
    const { alice, bob, carol, teacher } = world;
    const classmates = [
      await createStanceResponse(world, alice.id, { stance: "CHALLENGES", kind: "CLAIM", body: "Alice's secret challenge" }),
      await createStanceResponse(world, bob.id, { stance: "SUPPORTS", body: "Bob's secret support" }),
      await createStanceResponse(world, teacher.id, { stance: "COMPLICATES", body: "The teacher's framing" }),
    ];
    classmates.push(await createKindReply(classmates[0]!, bob.id, { replyKind: "COUNTER", body: "Bob's secret counter" }));
    // Carol's own reply (written before post-first was turned on) is hers to count; her rejected
    // response does not lift post-first.
    await createKindReply(classmates[2]!, carol.id, { replyKind: "AGREE" });
    await createStanceResponse(world, carol.id, { stance: "SUPPORTS", status: "REJECTED" });

    const views = [await view(world, carol.id), await view(world, carol.id, { filter: "challenges" }), await view(world, carol.id, { filter: "supports" })];
    for (const debate of views) {
      expect(debate.onlyOwn).toBe(true);
      expect(debate.counts).toEqual({
        responses: 0,
        byStance: { supports: 0, challenges: 0, complicates: 0, none: 0 },
        byKind: { claim: 0, evidence: 0, question: 0, none: 0 },
        replies: { total: 1, counter: 0, agree: 1 },
      });
      expect(debate.unanswered).toEqual({ count: 0, posts: [] });
      const payload = JSON.stringify(debate);
      for (const post of classmates) {
        expect(payload).not.toContain(post.id);
        expect(payload).not.toContain(post.body);
      }
      expectNoTraceOf(payload, alice);
      expectNoTraceOf(payload, bob);
    }

    // Teachers see everything; once Carol responds, so does she.
    expect((await view(world, teacher.id)).counts.responses).toBe(3);
    await createStanceResponse(world, carol.id, { stance: "COMPLICATES" });
    const after = await view(world, carol.id);
    expect(after.onlyOwn).toBe(false);
    expect(after.counts.responses).toBe(4);
    expect(after.counts.replies.total).toBe(2);
    expect(ids(after.unanswered.posts)).toEqual([]);
    expect(JSON.stringify(after)).toContain("Alice's secret challenge");
  });
});

describe("anonymity", () => {
  it("sends classmates no trace of an anonymous author, and gives moderators the names", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS" } });
    const challenge = await createStanceResponse(world, world.alice.id, { stance: "CHALLENGES", kind: "EVIDENCE" });
    await createStanceResponse(world, world.bob.id, { stance: "SUPPORTS" });
    await createKindReply(challenge, world.bob.id, { replyKind: "COUNTER" });
    await createStanceResponse(world, world.alice.id, { stance: "CHALLENGES" });

    for (const options of [{}, { filter: "challenges" as const }, { filter: "supports" as const }]) {
      const debate = await view(world, world.carol.id, options);
      const payload = JSON.stringify(debate);
      expectNoTraceOf(payload, world.alice);
      expectNoTraceOf(payload, world.bob);
      expect(payload).toContain("Anonymous student");
    }
    const own = await view(world, world.alice.id, { filter: "challenges" });
    expect(own.page?.posts.map((post) => post.author)).toEqual([
      { name: world.alice.name, isViewer: true, pseudonym: null },
      { name: world.alice.name, isViewer: true, pseudonym: null },
    ]);
    const teacherView = await view(world, world.teacher.id);
    expect(teacherView.unanswered.posts.map((post) => post.author.name)).toEqual([world.alice.name]);
    expect(teacherView.columns?.find((column) => column.stance === "supports")?.posts[0]?.author.name).toBe(world.bob.name);
  });
});

describe("access", () => {
  it("is not found for outsiders, unknown sections and students before the assignment opens", async () => {
    const world = await createModeratedClass();
    await createStanceResponse(world, world.alice.id, { stance: "CHALLENGES" });
    expect(await getDebateView(world.outsider.id, world.assignment.id, 1)).toBeNull();
    expect(await getDebateView(world.unknownUserId, world.assignment.id, 1)).toBeNull();
    expect(await getDebateView(world.teacher.id, world.assignment.id, 99)).toBeNull();
    expect(await getDebateView(world.teacher.id, world.assignment.id, Number.NaN)).toBeNull();
    expect(await getDebateView(world.teacher.id, "nosuchassignment00000000", 1)).toBeNull();

    await db.assignment.update({ where: { id: world.assignment.id }, data: { opensAt: new Date(Date.now() + 3_600_000) } });
    expect(await getDebateView(world.alice.id, world.assignment.id, 1)).toBeNull();
    expect((await getDebateView(world.teacher.id, world.assignment.id, 1))?.counts.responses).toBe(1);
    expect((await getDebateView(world.ta.id, world.assignment.id, 1))?.section.position).toBe(1);
  });
});
