import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBoardView } from "@/lib/board/board-view";
import { clearSpotlight, getSpotlight, heartbeat, spotlightPost } from "@/lib/board/spotlight";
import { getPresence, markPresent, PRESENCE_WINDOW_MS } from "@/lib/presence/presence";
import { hidePost, removePost } from "@/lib/moderation/moderate-post";
import { getAuditLog } from "@/lib/moderation/audit-log";
import { ANONYMOUS_LABEL } from "@/lib/discussion/anonymity";
import { createModeratedClass, createResponseRow, type ModeratedClass } from "@/tests/factories/moderation";
import { createKindReply, createStanceResponse } from "@/tests/factories/debate";
import type { FactoryUser } from "@/tests/setup/factories";

const errorCode = (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string }) => error.code ?? String(error));

function expectNoTraceOf(payload: string, author: FactoryUser) {
  expect(payload).not.toContain(author.id);
  expect(payload).not.toContain(author.name);
  expect(payload).not.toContain(author.email);
}

describe("the live board's data", () => {
  let world: ModeratedClass;
  beforeAll(async () => {
    world = await createModeratedClass();
    const quote = { start: 0, end: 10, text: world.reading.sections[0]!.body.slice(0, 10) };
    await createStanceResponse(world, world.alice.id, { stance: "SUPPORTS", body: "Alice supports it", quote });
    const challenge = await createStanceResponse(world, world.bob.id, { stance: "CHALLENGES", body: "Bob challenges it", quote });
    await createStanceResponse(world, world.carol.id, { stance: "CHALLENGES", body: "Carol challenges it too" });
    await createKindReply(challenge, world.alice.id, { replyKind: "COUNTER" });
    await createStanceResponse(world, world.carol.id, { stance: "COMPLICATES", status: "PENDING", body: "Carol's pending post" });
  });

  it("shows moderators the stance columns, the most quoted passages and unanswered challenges", async () => {
    for (const moderator of [world.teacher, world.ta]) {
      const view = (await getBoardView(moderator.id, world.assignment.id, 1, { showNames: true }))!;
      expect(view).not.toBeNull();
      expect(view.responseCount).toBe(3);
      const column = (stance: string) => view.columns.find((c) => c.stance === stance)!;
      expect(column("supports").posts.map((post) => post.excerpt)).toEqual(["Alice supports it"]);
      expect(column("challenges").count).toBe(2);
      expect(column("complicates").posts).toEqual([]);
      expect(view.passages).toEqual([expect.objectContaining({ start: 0, end: 10, count: 2 })]);
      // Bob's challenge has a reply; Carol's has none.
      expect(view.unanswered.posts.map((post) => post.excerpt)).toEqual(["Carol challenges it too"]);
      expect(view.unanswered.count).toBe(1);
      expect(column("supports").posts[0]!.author).toBe(world.alice.name);
    }
  });

  it("is nobody else's: students, other classes and unknown users get null", async () => {
    for (const userId of [world.alice.id, world.outsider.id, world.unknownUserId]) {
      expect(await getBoardView(userId, world.assignment.id, 1, { showNames: false })).toBeNull();
    }
    expect(await getBoardView(world.teacher.id, world.assignment.id, 99, { showNames: false })).toBeNull();
  });

  it("leaves every author's name out of the data when names are hidden, whatever the anonymity mode", async () => {
    const post = await createStanceResponse(world, world.alice.id, { stance: "SUPPORTS", body: "In the spotlight soon" });
    await spotlightPost(world.teacher.id, { postId: post.id });
    await markPresent(world.alice.id, world.assignment.id, 1);
    await markPresent(world.bob.id, world.assignment.id, 1);
    const hidden = (await getBoardView(world.teacher.id, world.assignment.id, 1, { showNames: false }))!;
    expect(hidden.spotlight?.id).toBe(post.id);
    expect(hidden.presence).toEqual({ count: 2, names: null });
    const payload = JSON.stringify(hidden);
    for (const author of [world.alice, world.bob, world.carol]) expectNoTraceOf(payload, author);
    const shown = JSON.stringify(await getBoardView(world.teacher.id, world.assignment.id, 1, { showNames: true }));
    expect(shown).toContain(world.alice.name);
    expect(shown).toContain(world.bob.name);
  });
});

describe("spotlight", () => {
  it("puts one published post at the top for everyone, audited, and replaces the previous one", async () => {
    const world = await createModeratedClass();
    const first = await createResponseRow(world, world.alice.id);
    const second = await createResponseRow(world, world.bob.id);
    await spotlightPost(world.ta.id, { postId: first.id });
    expect((await getSpotlight(world.carol.id, world.assignment.id, 1))?.id).toBe(first.id);
    await spotlightPost(world.teacher.id, { postId: second.id });
    const seen = await getSpotlight(world.carol.id, world.assignment.id, 1);
    expect(seen).toMatchObject({ id: second.id, author: world.bob.name });
    // Only in its own section.
    expect(await getSpotlight(world.carol.id, world.assignment.id, 2)).toBeNull();
    expect(await errorCode(spotlightPost(world.teacher.id, { postId: second.id }))).toBe("CONFLICT");
    const audit = await db.auditEntry.findMany({ where: { classroomId: world.classroom.id }, orderBy: { createdAt: "asc" }, select: { action: true, postId: true, actorId: true } });
    expect(audit).toEqual([
      { action: "SPOTLIGHT", postId: first.id, actorId: world.ta.id },
      { action: "SPOTLIGHT", postId: second.id, actorId: world.teacher.id },
    ]);
    await clearSpotlight(world.teacher.id, { assignmentId: world.assignment.id, position: 1 });
    expect(await getSpotlight(world.carol.id, world.assignment.id, 1)).toBeNull();
    expect(await errorCode(clearSpotlight(world.teacher.id, { assignmentId: world.assignment.id, position: 1 }))).toBe("CONFLICT");
    const log = await getAuditLog(world.teacher.id, world.classroom.id, { action: "CLEAR_SPOTLIGHT" });
    expect(log?.entries.map((entry) => entry.action)).toEqual(["CLEAR_SPOTLIGHT"]);
  });

  it("refuses a pending, hidden, rejected or deleted post, and writes nothing", async () => {
    const world = await createModeratedClass();
    for (const status of ["PENDING", "HIDDEN", "REJECTED", "DELETED"] as const) {
      const post = await createResponseRow(world, world.alice.id, { status, moderationReason: status === "PENDING" ? null : "r" });
      expect(await errorCode(spotlightPost(world.teacher.id, { postId: post.id }))).toBe("INVALID");
    }
    expect(await db.auditEntry.count({ where: { classroomId: world.classroom.id } })).toBe(0);
    expect(await db.assignmentSection.count({ where: { assignmentId: world.assignment.id, spotlightPostId: { not: null } } })).toBe(0);
  });

  it("refuses bad input with a field message", async () => {
    const world = await createModeratedClass();
    expect(await errorCode(spotlightPost(world.teacher.id, { postId: "\u0000" }))).toBe("INVALID");
    expect(await errorCode(clearSpotlight(world.teacher.id, { assignmentId: world.assignment.id, position: "x" }))).toBe("INVALID");
  });

  it("disappears for everyone once the post is hidden or deleted", async () => {
    const world = await createModeratedClass();
    for (const takeDown of [hidePost, removePost]) {
      const post = await createResponseRow(world, world.alice.id);
      await spotlightPost(world.teacher.id, { postId: post.id });
      expect((await getSpotlight(world.bob.id, world.assignment.id, 1))?.id).toBe(post.id);
      await takeDown(world.teacher.id, { postId: post.id, reason: "Off topic" });
      expect(await getSpotlight(world.bob.id, world.assignment.id, 1)).toBeNull();
      expect(await getSpotlight(world.teacher.id, world.assignment.id, 1)).toBeNull();
    }
  });

  it("shows the author as the page would: anonymous to classmates, named to moderators", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS" } });
    const post = await createResponseRow(world, world.alice.id);
    await spotlightPost(world.teacher.id, { postId: post.id });
    const peer = await getSpotlight(world.bob.id, world.assignment.id, 1);
    expect(peer?.author).toBe(ANONYMOUS_LABEL);
    expectNoTraceOf(JSON.stringify(peer), world.alice);
    expect((await getSpotlight(world.teacher.id, world.assignment.id, 1))?.author).toBe(world.alice.name);
  });

  it("is named by the heartbeat's answer, so open pages notice a new or cleared spotlight", async () => {
    const world = await createModeratedClass();
    const post = await createResponseRow(world, world.alice.id);
    expect((await heartbeat(world.bob.id, world.assignment.id, "1")).spotlightId).toBeNull();
    await spotlightPost(world.teacher.id, { postId: post.id });
    expect(await heartbeat(world.bob.id, world.assignment.id, "1")).toEqual({ count: 1, names: null, spotlightId: post.id });
    await hidePost(world.teacher.id, { postId: post.id, reason: "r" });
    expect((await heartbeat(world.bob.id, world.assignment.id, "1")).spotlightId).toBeNull();
  });

  it("keeps post-first: a student who has not responded sees no classmate's spotlight", async () => {
    const world = await createModeratedClass();
    await db.assignment.update({ where: { id: world.assignment.id }, data: { postFirst: true } });
    const post = await createResponseRow(world, world.alice.id);
    await spotlightPost(world.teacher.id, { postId: post.id });
    expect(await getSpotlight(world.bob.id, world.assignment.id, 1)).toBeNull();
    await createResponseRow(world, world.bob.id);
    expect((await getSpotlight(world.bob.id, world.assignment.id, 1))?.id).toBe(post.id);
  });
});

describe("presence", () => {
  it("counts distinct people seen in the last minute, in this section only", async () => {
    const world = await createModeratedClass();
    const { id: assignmentId } = world.assignment;
    await markPresent(world.alice.id, assignmentId, 1);
    await markPresent(world.alice.id, assignmentId, 1);
    await markPresent(world.bob.id, assignmentId, 1);
    await markPresent(world.carol.id, assignmentId, 2);
    expect(await getPresence(world.alice.id, assignmentId, 1)).toEqual({ count: 2, names: null });
    // One row per person and section, reused by each beat.
    expect(await db.presence.count({ where: { assignmentId, userId: world.alice.id } })).toBe(1);
    // Bob left more than a minute ago.
    await db.presence.updateMany({ where: { userId: world.bob.id }, data: { seenAt: new Date(Date.now() - PRESENCE_WINDOW_MS - 1000) } });
    expect((await markPresent(world.teacher.id, assignmentId, 1)).count).toBe(2);
  });

  it("names who is here to moderators who ask, never to students, whatever the mode", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "PSEUDONYMOUS" } });
    const { id: assignmentId } = world.assignment;
    await markPresent(world.alice.id, assignmentId, 1);
    const forStudent = await markPresent(world.bob.id, assignmentId, 1, { withNames: true });
    expect(forStudent).toEqual({ count: 2, names: null });
    expectNoTraceOf(JSON.stringify(forStudent), world.alice);
    const forTa = await markPresent(world.ta.id, assignmentId, 1, { withNames: true });
    expect(forTa.count).toBe(3);
    expect(forTa.names).toEqual(expect.arrayContaining([world.alice.name, world.bob.name, world.ta.name]));
    expect((await getPresence(world.teacher.id, assignmentId, 1))?.names).toBeNull();
  });

  it("answers not found outside the class and refuses a bad section", async () => {
    const world = await createModeratedClass();
    for (const userId of [world.outsider.id, world.unknownUserId]) {
      expect(await errorCode(markPresent(userId, world.assignment.id, 1))).toBe("NOT_FOUND");
      expect(await getPresence(userId, world.assignment.id, 1)).toBeNull();
    }
    expect(await errorCode(markPresent(world.alice.id, world.assignment.id, "0"))).toBe("INVALID");
    expect(await errorCode(markPresent(world.alice.id, world.assignment.id, 99))).toBe("NOT_FOUND");
    expect(await db.presence.count({ where: { assignmentId: world.assignment.id } })).toBe(0);
  });

  it("stops counting someone removed from the class", async () => {
    const world = await createModeratedClass();
    await markPresent(world.alice.id, world.assignment.id, 1);
    await markPresent(world.bob.id, world.assignment.id, 1);
    await db.membership.delete({ where: { id: world.aliceMembership.id } });
    expect((await getPresence(world.bob.id, world.assignment.id, 1))?.count).toBe(1);
  });
});
