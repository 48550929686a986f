import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { approvePost, hidePost, rejectPost } from "@/lib/moderation/moderate-post";
import { approvePosts } from "@/lib/moderation/approve-posts";
import { reportPost } from "@/lib/moderation/report-post";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { exportMyData } from "@/lib/accounts/export-data";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { unreadCount } from "@/lib/notifications/unread-count";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";
import type { AnonymityMode } from "@/lib/generated/prisma/enums";
import { createModeratedClass, createResponseRow, type ModeratedClass } from "@/tests/factories/moderation";

const respond = (world: ModeratedClass, userId: string, body = "The armistice was a pause", extra: object = {}) =>
  createResponse(userId, { assignmentId: world.assignment.id, position: 1, body, ...extra });

const kindsFor = async (userId: string) => (await db.notification.findMany({ where: { recipientId: userId }, orderBy: { createdAt: "asc" }, select: { kind: true } })).map((n) => n.kind);
const texts = async (userId: string) => (await listNotifications(userId)).items.map((item) => item.text);

describe("notifications of posts", () => {
  it("tells a response's author of a reply and of a counter-argument, never the replier", async () => {
    const world = await createModeratedClass();
    const response = await respond(world, world.alice.id);
    await createReply(world.bob.id, { parentId: response.id, body: "I agree" });
    await createReply(world.carol.id, { parentId: response.id, body: "Not so", replyKind: "COUNTER" });
    await createReply(world.alice.id, { parentId: response.id, body: "My own follow-up" });
    expect(await kindsFor(world.alice.id)).toEqual(["REPLY", "COUNTER"]);
    expect(await kindsFor(world.bob.id)).toEqual([]);
    expect(await texts(world.alice.id)).toEqual([
      `${world.carol.name} posted a counter-argument to your response.`,
      `${world.bob.name} replied to your response.`,
    ]);
    expect(await unreadCount(world.alice.id)).toBe(2);
  });

  it("a reply to a reply tells the answered reply's author and the response's author, each once, never the replier", async () => {
    const world = await createModeratedClass();
    const response = await respond(world, world.alice.id);
    const bobs = await createReply(world.bob.id, { parentId: response.id, body: "I agree" });
    await createReply(world.carol.id, { parentId: bobs.id, body: "Bob misses the armistice", replyKind: "COUNTER" });
    // The answer joins Alice's thread and remembers whose reply it answered.
    const answer = await db.post.findFirstOrThrow({ where: { authorId: world.carol.id }, select: { parentId: true, replyToId: true } });
    expect(answer).toEqual({ parentId: response.id, replyToId: bobs.id });
    expect(await texts(world.bob.id)).toEqual([`${world.carol.name} posted a counter-argument to your reply.`]);
    expect(await texts(world.alice.id)).toEqual([`${world.carol.name} posted a counter-argument to your response.`, `${world.bob.name} replied to your response.`]);
    // Alice answers Bob's reply in her own thread: Bob hears of it once; Alice is not told of her own act.
    await createReply(world.alice.id, { parentId: bobs.id, body: "Fair point" });
    expect(await kindsFor(world.bob.id)).toEqual(["COUNTER", "REPLY"]);
    expect(await kindsFor(world.alice.id)).toEqual(["REPLY", "COUNTER"]);
    // Bob answering his own reply tells only Alice.
    await createReply(world.bob.id, { parentId: bobs.id, body: "And one more thing" });
    expect(await kindsFor(world.bob.id)).toEqual(["COUNTER", "REPLY"]);
    expect(await kindsFor(world.alice.id)).toEqual(["REPLY", "COUNTER", "REPLY"]);
  });

  it("a pending reply to a reply tells the answered reply's author once it is approved", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    const response = await createResponseRow(world, world.alice.id);
    const teachers = await createReply(world.teacher.id, { parentId: response.id, body: "What about the UN?" });
    const pending = await createReply(world.carol.id, { parentId: teachers.id, body: "The UN voted in June" });
    expect(pending.status).toBe("PENDING");
    expect(await kindsFor(world.teacher.id)).toEqual(["PENDING"]);
    await approvePost(world.ta.id, { postId: pending.id });
    expect(await kindsFor(world.teacher.id)).toEqual(["PENDING", "REPLY"]);
    expect((await texts(world.teacher.id))[0]).toBe(`${world.carol.name} replied to your reply.`);
    expect(await kindsFor(world.alice.id)).toEqual(["REPLY", "REPLY"]);
  });

  it("does not notify twice for a retried reply", async () => {
    const world = await createModeratedClass();
    const response = await respond(world, world.alice.id);
    const key = randomUUID();
    await Promise.all([1, 2, 3].map(() => createReply(world.bob.id, { parentId: response.id, body: "Again", idempotencyKey: key })));
    await createReply(world.bob.id, { parentId: response.id, body: "Again", idempotencyKey: key });
    expect(await kindsFor(world.alice.id)).toEqual(["REPLY"]);
  });

  it("writes nothing when the write fails: the notification is in the post's transaction, and the post in the notification's", async () => {
    const world = await createModeratedClass();
    const response = await respond(world, world.alice.id);
    await withFailingNotificationsFor(world.alice.id, async () => {
      await expect(createReply(world.bob.id, { parentId: response.id, body: "Lost" })).rejects.toThrow();
    });
    expect(await db.post.count({ where: { parentId: response.id } })).toBe(0);
    expect(await kindsFor(world.alice.id)).toEqual([]);
  });

  it("tells moderators of a post waiting for approval; its reply reaches the response's author only once approved", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    const response = await createResponseRow(world, world.alice.id);
    const reply = await createReply(world.bob.id, { parentId: response.id, body: "Pending reply", replyKind: "COUNTER" });
    expect(reply.status).toBe("PENDING");
    expect(await kindsFor(world.alice.id)).toEqual([]);
    expect(await kindsFor(world.teacher.id)).toEqual(["PENDING"]);
    expect(await kindsFor(world.ta.id)).toEqual(["PENDING"]);
    expect(await texts(world.teacher.id)).toEqual([`A reply by ${world.bob.name} is waiting for approval.`]);
    expect((await listNotifications(world.teacher.id)).items[0]!.href).toBe(`/classes/${world.classroom.id}/moderation`);
    await approvePost(world.ta.id, { postId: reply.id });
    expect(await kindsFor(world.alice.id)).toEqual(["COUNTER"]);
    expect(await kindsFor(world.bob.id)).toEqual(["APPROVED"]);
    expect(await texts(world.bob.id)).toEqual(["Your reply was approved."]);
    expect((await listNotifications(world.bob.id)).items[0]!.href).toBe(`/posts/${reply.id}`);
  });

  it("tells authors of bulk approval, rejection and hiding, with the reason", async () => {
    const world = await createModeratedClass();
    const [a, b] = await Promise.all([createResponseRow(world, world.alice.id, { status: "PENDING" }), createResponseRow(world, world.bob.id, { status: "PENDING" })]);
    await approvePosts(world.teacher.id, { classroomId: world.classroom.id, postIds: [a.id, b.id] });
    await rejectPost(world.teacher.id, { postId: (await createResponseRow(world, world.alice.id, { status: "PENDING" })).id, reason: "Off topic" });
    await hidePost(world.teacher.id, { postId: (await createResponseRow(world, world.alice.id)).id, reason: "Insulting" });
    expect(await kindsFor(world.alice.id)).toEqual(["APPROVED", "REJECTED", "HIDDEN"]);
    expect(await kindsFor(world.bob.id)).toEqual(["APPROVED"]);
    const items = (await listNotifications(world.alice.id)).items;
    expect(items.map((item) => [item.text, item.reason])).toEqual([
      ["Your response was hidden.", "Insulting"],
      ["Your response was rejected.", "Off topic"],
      ["Your response was approved.", null],
    ]);
  });

  it("a failed decision notifies nobody", async () => {
    const world = await createModeratedClass();
    const post = await createResponseRow(world, world.alice.id, { status: "PENDING" });
    await withFailingNotificationsFor(world.alice.id, async () => {
      await expect(approvePost(world.teacher.id, { postId: post.id })).rejects.toThrow();
    });
    expect((await db.post.findUniqueOrThrow({ where: { id: post.id } })).status).toBe("PENDING");
    expect(await db.auditEntry.count({ where: { postId: post.id } })).toBe(0);
    // Approving again after another moderator did is a conflict, and tells nobody twice.
    await approvePost(world.teacher.id, { postId: post.id });
    await expect(approvePost(world.ta.id, { postId: post.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await kindsFor(world.alice.id)).toEqual(["APPROVED"]);
  });

  it("tells moderators of a report with its reason, and the author when reports hide the post", async () => {
    const world = await createModeratedClass({ classroom: { reportThreshold: 2 } });
    const post = await createResponseRow(world, world.alice.id);
    await reportPost(world.bob.id, { postId: post.id, reason: "Rude" });
    expect(await kindsFor(world.teacher.id)).toEqual(["REPORT"]);
    expect((await listNotifications(world.ta.id)).items.map((item) => [item.text, item.reason])).toEqual([[`A response by ${world.alice.name} was reported.`, "Rude"]]);
    expect(await kindsFor(world.alice.id)).toEqual([]);
    await reportPost(world.carol.id, { postId: post.id, reason: "Very rude" });
    expect(await kindsFor(world.alice.id)).toEqual(["HIDDEN"]);
    expect((await listNotifications(world.alice.id)).items[0]!.reason).toMatch(/Hidden after 2 reports/);
  });

  it("does not tell a moderator of their own act", async () => {
    const world = await createModeratedClass();
    const own = await createResponseRow(world, world.teacher.id);
    await hidePost(world.teacher.id, { postId: own.id, reason: "Mine" });
    expect(await kindsFor(world.teacher.id)).toEqual([]);
  });
});

describe("anonymity in notifications", () => {
  async function replyIn(anonymity: AnonymityMode) {
    const world = await createModeratedClass({ assignment: { anonymity } });
    const response = await respond(world, world.alice.id);
    await respond(world, world.bob.id, "Bob's own response");
    await createReply(world.bob.id, { parentId: response.id, body: "Not so", replyKind: "COUNTER" });
    return world;
  }

  it.each([
    ["ANONYMOUS", "Anonymous student"],
    ["PSEUDONYMOUS", "Student 2"],
  ] as const)("names a classmate as the posts do in %s mode, and gives no identity away", async (mode, label) => {
    const world = await replyIn(mode);
    const page = await listNotifications(world.alice.id);
    expect(page.items.map((item) => item.text)).toEqual([`${label} posted a counter-argument to your response.`]);
    const serialized = JSON.stringify(page);
    for (const secret of [world.bob.id, world.bob.name, world.bob.email]) expect(serialized).not.toContain(secret);
  });

  it("follows a later change of mode, and shows a deleted account as Former member", async () => {
    const world = await createModeratedClass({ assignment: { anonymity: "ANONYMOUS" } });
    const response = await respond(world, world.alice.id);
    await createReply(world.bob.id, { parentId: response.id, body: "Hm" });
    await db.assignment.update({ where: { id: world.assignment.id }, data: { anonymity: "NAMED" } });
    expect(await texts(world.alice.id)).toEqual([`${world.bob.name} replied to your response.`]);
    await deleteAccount(world.bob.id, { password: world.bob.password });
    expect(await texts(world.alice.id)).toEqual(["Former member replied to your response."]);
  });

  it("gives moderators the name in anonymous mode", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS", approvalRequired: true } });
    await respond(world, world.bob.id);
    expect(await texts(world.teacher.id)).toEqual([`A response by ${world.bob.name} is waiting for approval.`]);
  });
});

describe("reading and marking notifications", () => {
  let world: ModeratedClass;
  let aliceNotification: string;
  beforeAll(async () => {
    world = await createModeratedClass();
    const response = await respond(world, world.alice.id);
    const bobs = await respond(world, world.bob.id, "Bob's");
    await createReply(world.carol.id, { parentId: response.id, body: "One" });
    await createReply(world.carol.id, { parentId: response.id, body: "Two" });
    await createReply(world.carol.id, { parentId: bobs.id, body: "Three" });
    aliceNotification = (await listNotifications(world.alice.id)).items[0]!.id;
  });

  it("marks one as read for its recipient only; anyone else's id is not found", async () => {
    const others = { "signed-out": world.unknownUserId, "other-class student": world.outsider.id, student: world.bob.id, TA: world.ta.id, teacher: world.teacher.id };
    for (const [actor, userId] of Object.entries(others)) {
      await expect(markNotificationRead(userId, { notificationId: aliceNotification }), actor).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listNotifications(userId)).items.map((item) => item.id), actor).not.toContain(aliceNotification);
    }
    await expect(markNotificationRead(world.alice.id, { notificationId: "nosuchnotification" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markNotificationRead(world.alice.id, { notificationId: "../x" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await unreadCount(world.alice.id)).toBe(2);
    await markNotificationRead(world.alice.id, { notificationId: aliceNotification });
    await markNotificationRead(world.alice.id, { notificationId: aliceNotification });
    expect(await unreadCount(world.alice.id)).toBe(1);
    expect((await listNotifications(world.alice.id)).items.map((item) => item.unread)).toEqual([false, true]);
  });

  it("marks all of the viewer's own, and nobody else's", async () => {
    expect(await markAllNotificationsRead(world.alice.id)).toEqual({ marked: 1 });
    expect(await unreadCount(world.alice.id)).toBe(0);
    expect(await unreadCount(world.bob.id)).toBe(1);
    expect((await listNotifications(world.alice.id)).hasUnread).toBe(false);
  });

  it("lists only the viewer's own", async () => {
    expect((await listNotifications(world.outsider.id)).items).toEqual([]);
    expect((await listNotifications(world.unknownUserId)).items).toEqual([]);
    expect((await listNotifications(world.bob.id)).items).toHaveLength(1);
  });
});

describe("which notifications show", () => {
  it("pages newest first by cursor", async () => {
    const world = await createModeratedClass();
    const response = await respond(world, world.alice.id);
    for (let i = 0; i < 23; i++) await createReply(world.bob.id, { parentId: response.id, body: `Reply ${i}` });
    const first = await listNotifications(world.alice.id);
    expect(first.items).toHaveLength(20);
    const second = await listNotifications(world.alice.id, first.olderCursor);
    expect(second.items).toHaveLength(3);
    expect(second.olderCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(23);
    expect((await listNotifications(world.alice.id, "garbage")).items).toHaveLength(20);
  });

  it("hides them when the class is archived, the recipient left, or the reply is no longer published", async () => {
    const world = await createModeratedClass();
    const response = await respond(world, world.alice.id);
    const reply = await createReply(world.bob.id, { parentId: response.id, body: "Later hidden" });
    expect(await unreadCount(world.alice.id)).toBe(1);
    await hidePost(world.teacher.id, { postId: reply.id, reason: "No" });
    expect(await unreadCount(world.alice.id)).toBe(0);
    expect((await listNotifications(world.alice.id)).items).toEqual([]);

    await createReply(world.carol.id, { parentId: response.id, body: "Visible" });
    expect(await unreadCount(world.alice.id)).toBe(1);
    await db.classroom.update({ where: { id: world.classroom.id }, data: { archivedAt: new Date() } });
    expect(await unreadCount(world.alice.id)).toBe(0);
    await db.classroom.update({ where: { id: world.classroom.id }, data: { archivedAt: null } });
    await db.assignment.update({ where: { id: world.assignment.id }, data: { archivedAt: new Date() } });
    expect(await unreadCount(world.alice.id)).toBe(0);
    await db.assignment.update({ where: { id: world.assignment.id }, data: { archivedAt: null } });
    await db.membership.delete({ where: { id: world.aliceMembership.id } });
    expect(await unreadCount(world.alice.id)).toBe(0);
    expect((await listNotifications(world.alice.id)).items).toEqual([]);
  });

  it("shows moderators' kinds only to whoever still moderates", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    await respond(world, world.alice.id);
    expect(await unreadCount(world.ta.id)).toBe(1);
    await db.membership.update({ where: { id: world.taMembership.id }, data: { role: "STUDENT" } });
    expect(await unreadCount(world.ta.id)).toBe(0);
  });

  it("goes with a deleted account and is in the data export", async () => {
    const world = await createModeratedClass();
    const response = await respond(world, world.alice.id);
    await createReply(world.bob.id, { parentId: response.id, body: "Hi" });
    await reportPost(world.alice.id, { postId: (await createResponseRow(world, world.carol.id)).id, reason: "Alice's words" });
    const exported = await exportMyData(world.alice.id);
    expect(exported?.notifications).toEqual([{ kind: "reply", class: world.classroom.name, createdAt: expect.any(String), readAt: null }]);
    await deleteAccount(world.alice.id, { password: world.alice.password });
    expect(await db.notification.count({ where: { OR: [{ recipientId: world.alice.id }, { actorId: world.alice.id }] } })).toBe(0);
  });
});

// Makes every notification insert for this recipient fail inside the database, so a test can see
// that the write causing it fails with it.
async function withFailingNotificationsFor(recipientId: string, run: () => Promise<void>) {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_notification() RETURNS trigger AS $$
    BEGIN IF NEW."recipientId" = '${recipientId}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER refuse_notification BEFORE INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION refuse_notification()`);
  try {
    await run();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_notification ON "Notification"`);
  }
}

afterAll(async () => {
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS refuse_notification()`);
});
