import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { deletePost, editPost } from "@/lib/discussion/change-post";
import { getSectionView } from "@/lib/sections/section-view";
import { listResponses } from "@/lib/discussion/list-responses";
import { RESPONSES_PER_PAGE } from "@/lib/discussion/list-responses";
import {
  approvePost,
  hidePost,
  lockThread,
  pickPost,
  pinPost,
  rejectPost,
  removePost,
  restorePost,
  unlockThread,
  unpinPost,
} from "@/lib/moderation/moderate-post";
import { approvePosts } from "@/lib/moderation/approve-posts";
import { lockSection, unlockSection } from "@/lib/moderation/lock-section";
import { muteMember, unmuteMember } from "@/lib/moderation/mute-member";
import { reportPost } from "@/lib/moderation/report-post";
import { getModerationQueue } from "@/lib/moderation/queue";
import { getPostHistory } from "@/lib/moderation/post-history";
import { exportAuditLogCsv, getAuditLog } from "@/lib/moderation/audit-log";
import { getModerationSettings, updateAssignmentSettings, updateClassSettings } from "@/lib/moderation/settings";
import { createMember } from "@/tests/setup/factories";
import { createModeratedClass, createResponseRow, type ModeratedClass } from "@/tests/factories/moderation";

const respond = (world: ModeratedClass, userId: string, body: string, position = 1) =>
  createResponse(userId, { assignmentId: world.assignment.id, position, body });
const bodiesSeenBy = async (world: ModeratedClass, userId: string, position = 1) =>
  (await listResponses(userId, world.assignment.id, position)).responses.map((r) => r.body);
const auditOf = (postId: string) => db.auditEntry.findMany({ where: { postId }, orderBy: { createdAt: "asc" } });

describe("approval queue", () => {
  it("holds a student's post as pending: only its author (marked) and moderators see it until approved", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    const { id, status } = await respond(world, world.alice.id, "Awaiting judgement");
    expect(status).toBe("PENDING");
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual([]);
    expect((await listResponses(world.alice.id, world.assignment.id, 1)).responses[0]).toMatchObject({ body: "Awaiting judgement", state: "pending" });
    expect((await listResponses(world.ta.id, world.assignment.id, 1)).responses[0]).toMatchObject({ state: "pending", author: { name: world.alice.name } });
    // Nobody can reply to a post that is not published yet.
    await expect(createReply(world.bob.id, { parentId: id, body: "Early" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The section counts published responses only.
    expect((await getSectionView(world.bob.id, world.assignment.id, 1))?.responseCount).toBe(0);

    await approvePost(world.teacher.id, { postId: id });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual(["Awaiting judgement"]);
    expect(await auditOf(id)).toMatchObject([{ action: "APPROVE", actorId: world.teacher.id, targetUserId: world.alice.id, classroomId: world.classroom.id }]);
    await expect(approvePost(world.teacher.id, { postId: id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("publishes moderators' posts directly", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    expect((await respond(world, world.teacher.id, "From the teacher")).status).toBe("PUBLISHED");
    expect((await respond(world, world.ta.id, "From the TA")).status).toBe("PUBLISHED");
  });

  it("follows the assignment's override of the class setting either way", async () => {
    const on = await createModeratedClass({ classroom: { approvalRequired: false }, assignment: { approvalRequired: true } });
    expect((await respond(on, on.alice.id, "x")).status).toBe("PENDING");
    const off = await createModeratedClass({ classroom: { approvalRequired: true }, assignment: { approvalRequired: false } });
    expect((await respond(off, off.alice.id, "x")).status).toBe("PUBLISHED");
  });

  it("rejects with a reason the author sees, and needs that reason", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    const { id } = await respond(world, world.alice.id, "Off topic");
    await expect(rejectPost(world.teacher.id, { postId: id, reason: "  " })).rejects.toMatchObject({ code: "INVALID", message: "Give a reason." });
    expect((await db.post.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect(await auditOf(id)).toHaveLength(0);
    await rejectPost(world.teacher.id, { postId: id, reason: "Please cite the text" });
    expect((await listResponses(world.alice.id, world.assignment.id, 1)).responses[0]).toMatchObject({
      state: "rejected",
      moderationReason: "Please cite the text",
      canEdit: false,
    });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual([]);
    expect(await auditOf(id)).toMatchObject([{ action: "REJECT", reason: "Please cite the text" }]);
  });

  it("lists the class's pending posts oldest first and approves them in bulk, skipping other classes'", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    const other = await createModeratedClass({ classroom: { approvalRequired: true } });
    const base = Date.UTC(2026, 1, 1);
    const posts = [];
    for (const [i, author] of [world.bob, world.alice, world.carol].entries()) {
      posts.push(await createResponseRow(world, author.id, { status: "PENDING", body: `Pending ${i}`, createdAt: new Date(base + i * 1000) }));
    }
    const foreign = await createResponseRow(other, other.alice.id, { status: "PENDING" });
    const queue = await getModerationQueue(world.teacher.id, world.classroom.id);
    expect(queue?.pending.map((p) => p.body)).toEqual(["Pending 0", "Pending 1", "Pending 2"]);
    expect(queue?.pending[0]).toMatchObject({ authorName: world.bob.name, sectionPosition: 1 });

    const result = await approvePosts(world.ta.id, { classroomId: world.classroom.id, postIds: [...posts.map((p) => p.id), foreign.id].join(",") });
    expect(result).toEqual({ approved: 3 });
    expect(await bodiesSeenBy(world, world.bob.id)).toHaveLength(3);
    expect((await db.post.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("PENDING");
    expect(await db.auditEntry.count({ where: { classroomId: world.classroom.id, action: "APPROVE" } })).toBe(3);
    expect((await getModerationQueue(world.teacher.id, world.classroom.id))?.pending).toEqual([]);
  });

  it("lets an author edit or withdraw a pending post", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    const { id } = await respond(world, world.alice.id, "Draft");
    await editPost(world.alice.id, { postId: id, body: "Better draft" });
    await deletePost(world.alice.id, { postId: id });
    expect(await db.post.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: "Better draft", status: "DELETED", moderationReason: null });
  });

  it("sends an approved post back for approval when its author rewrites the text, not when a moderator edits", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    const { id } = await respond(world, world.alice.id, "Fine words");
    await approvePost(world.teacher.id, { postId: id });
    // The stance alone is not the text: it stays published.
    await expect(editPost(world.alice.id, { postId: id, body: "Fine words", stance: "SUPPORTS" })).resolves.toEqual({ status: "PUBLISHED" });
    await expect(editPost(world.alice.id, { postId: id, body: "Rude words" })).resolves.toEqual({ status: "PENDING" });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual([]);
    expect((await getModerationQueue(world.teacher.id, world.classroom.id))?.pending.map((post) => post.id)).toEqual([id]);

    const teacherPost = await respond(world, world.teacher.id, "Teacher's framing");
    await expect(editPost(world.teacher.id, { postId: teacherPost.id, body: "Teacher's better framing" })).resolves.toEqual({ status: "PUBLISHED" });
  });
});

describe("hiding, deleting and restoring", () => {
  it("hides with a reason: the author sees it marked, classmates see nothing, and a moderator restores it", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "Inflammatory");
    await hidePost(world.ta.id, { postId: id, reason: "Personal attack" });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual([]);
    expect((await listResponses(world.alice.id, world.assignment.id, 1)).responses[0]).toMatchObject({
      body: "Inflammatory",
      state: "hidden",
      moderationReason: "Personal attack",
    });
    expect((await listResponses(world.teacher.id, world.assignment.id, 1)).responses[0]).toMatchObject({ state: "hidden" });
    await restorePost(world.teacher.id, { postId: id });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual(["Inflammatory"]);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["HIDE", "RESTORE"]);
  });

  it("keeps a hidden response's published replies in place behind a placeholder", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "Original");
    await createReply(world.carol.id, { parentId: id, body: "A fair reply" });
    await hidePost(world.teacher.id, { postId: id, reason: "Off topic" });
    const [placeholder] = (await listResponses(world.bob.id, world.assignment.id, 1)).responses;
    expect(placeholder).toMatchObject({ body: null, deleted: true, state: "hidden", moderationReason: null, author: { name: "Hidden" } });
    expect(placeholder?.replies.map((r) => r.body)).toEqual(["A fair reply"]);
    expect(JSON.stringify(placeholder)).not.toContain("Off topic");
    await expect(createReply(world.bob.id, { parentId: id, body: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("soft-deletes as a moderator with a reason; moderators still see and restore it, an author's own delete stays", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "Doxxing");
    await removePost(world.teacher.id, { postId: id, reason: "Shares a phone number" });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual([]);
    expect(await bodiesSeenBy(world, world.alice.id)).toEqual([]);
    expect((await listResponses(world.ta.id, world.assignment.id, 1)).responses[0]).toMatchObject({ state: "deleted", body: "Doxxing", moderationReason: "Shares a phone number" });
    await restorePost(world.ta.id, { postId: id });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual(["Doxxing"]);

    const own = await respond(world, world.alice.id, "Regret");
    await deletePost(world.alice.id, { postId: own.id });
    expect(await bodiesSeenBy(world, world.teacher.id)).toEqual(["Doxxing"]);
    await expect(restorePost(world.teacher.id, { postId: own.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a hidden post cannot be hidden again, and hiding needs a reason", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "x");
    await expect(hidePost(world.teacher.id, { postId: id })).rejects.toMatchObject({ code: "INVALID" });
    await hidePost(world.teacher.id, { postId: id, reason: "r" });
    await expect(hidePost(world.ta.id, { postId: id, reason: "again" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await auditOf(id)).toHaveLength(1);
  });
});

describe("pins and teacher's picks", () => {
  it("shows pinned responses first on the first page only, and pages the rest without repeats", async () => {
    const world = await createModeratedClass();
    const base = Date.UTC(2026, 0, 1);
    const rows = [];
    for (let i = 0; i < RESPONSES_PER_PAGE + 5; i++) {
      rows.push(await createResponseRow(world, world.alice.id, { body: `#${i}`, createdAt: new Date(base + i * 1000) }));
    }
    await pinPost(world.teacher.id, { postId: rows[0]!.id });
    await pinPost(world.ta.id, { postId: rows[3]!.id });
    const first = await listResponses(world.bob.id, world.assignment.id, 1);
    expect(first.responses.slice(0, 3).map((r) => [r.body, r.pinned])).toEqual([["#3", true], ["#0", true], [`#${RESPONSES_PER_PAGE + 4}`, false]]);
    const second = await listResponses(world.bob.id, world.assignment.id, 1, first.nextCursor);
    const all = [...first.responses, ...second.responses].map((r) => r.body);
    expect(new Set(all).size).toBe(RESPONSES_PER_PAGE + 5);
    expect(all).toHaveLength(RESPONSES_PER_PAGE + 5);
    expect(second.nextCursor).toBeNull();
    await expect(pinPost(world.teacher.id, { postId: rows[0]!.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await unpinPost(world.teacher.id, { postId: rows[0]!.id });
    expect((await listResponses(world.bob.id, world.assignment.id, 1)).responses[0]?.body).toBe("#3");
  });

  it("pins responses only, and marks teacher's picks for everyone", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "Response");
    const reply = await createReply(world.bob.id, { parentId: id, body: "Sharp reply" });
    await expect(pinPost(world.teacher.id, { postId: reply.id })).rejects.toMatchObject({ code: "INVALID" });
    await pickPost(world.teacher.id, { postId: reply.id });
    const [response] = (await listResponses(world.carol.id, world.assignment.id, 1)).responses;
    expect(response?.replies[0]).toMatchObject({ body: "Sharp reply", teacherPick: true });
  });
});

describe("locks, slow mode and mutes", () => {
  it("locks a thread: nobody replies, and the reason is given", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "Heated");
    const reply = await createReply(world.bob.id, { parentId: id, body: "Heated reply" });
    await lockThread(world.ta.id, { postId: id, reason: "Cooling off" });
    for (const user of [world.carol, world.teacher]) {
      await expect(createReply(user.id, { parentId: id, body: "x" })).rejects.toMatchObject({ code: "FORBIDDEN", message: "This thread is locked: Cooling off" });
    }
    await expect(createReply(world.carol.id, { parentId: reply.id, body: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listResponses(world.carol.id, world.assignment.id, 1)).responses[0]).toMatchObject({ locked: true, lockReason: "Cooling off" });
    await unlockThread(world.ta.id, { postId: id });
    await expect(createReply(world.carol.id, { parentId: id, body: "Calmer" })).resolves.toHaveProperty("id");
  });

  it("locks a section of one assignment: no responses or replies there, with the reason on the page", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "Before the lock", 2);
    await lockSection(world.teacher.id, { assignmentId: world.assignment.id, position: 2, reason: "Discussion closed" });
    const locked = { code: "FORBIDDEN", message: "This section is locked: Discussion closed" };
    await expect(respond(world, world.bob.id, "x", 2)).rejects.toMatchObject(locked);
    await expect(createReply(world.bob.id, { parentId: id, body: "x" })).rejects.toMatchObject(locked);
    expect(await getSectionView(world.bob.id, world.assignment.id, 2)).toMatchObject({
      postingBlockedBecause: "This section is locked: Discussion closed",
      sectionLock: { reason: "Discussion closed" },
    });
    // Other sections stay open.
    await expect(respond(world, world.bob.id, "Elsewhere", 1)).resolves.toHaveProperty("id");
    await expect(lockSection(world.teacher.id, { assignmentId: world.assignment.id, position: 2, reason: "again" })).rejects.toMatchObject({ code: "CONFLICT" });
    await unlockSection(world.ta.id, { assignmentId: world.assignment.id, position: 2 });
    await expect(respond(world, world.bob.id, "After", 2)).resolves.toHaveProperty("id");
    expect((await db.auditEntry.findMany({ where: { classroomId: world.classroom.id }, orderBy: { createdAt: "asc" } })).map((e) => [e.action, e.reason])).toEqual([
      ["LOCK_SECTION", "Section 2: Discussion closed"],
      ["UNLOCK_SECTION", "Section 2"],
    ]);
  });

  it("enforces slow mode between one student's posts, and says when they can post again", async () => {
    const world = await createModeratedClass({ assignment: { slowModeSeconds: 120 } });
    const first = await respond(world, world.alice.id, "One");
    await expect(respond(world, world.alice.id, "Two", 2)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/^Slow mode is on: you can post again at .+ UTC \(in 1[12]\d seconds\)\.$/) });
    await expect(createReply(world.alice.id, { parentId: first.id, body: "Reply" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Others, and moderators, are not held up.
    await expect(respond(world, world.bob.id, "Bob's")).resolves.toHaveProperty("id");
    await respond(world, world.teacher.id, "T1");
    await expect(respond(world, world.teacher.id, "T2")).resolves.toHaveProperty("id");
    await db.post.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - 121_000) } });
    await expect(respond(world, world.alice.id, "Two", 2)).resolves.toHaveProperty("id");
  });

  it("lets only one of two simultaneous posts through slow mode", async () => {
    const world = await createModeratedClass({ assignment: { slowModeSeconds: 60 } });
    const results = await Promise.allSettled([1, 2, 3].map((n) => respond(world, world.alice.id, `Race ${n}`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("mutes a student until a time: they read but cannot post, and are told until when", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.bob.id, "Open");
    const { mutedUntil } = await muteMember(world.ta.id, { membershipId: world.aliceMembership.id, minutes: 60, reason: "Spamming" });
    expect(mutedUntil.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
    const muted = { code: "FORBIDDEN", message: expect.stringMatching(/^You are muted in this class until .+ UTC\.$/) };
    await expect(respond(world, world.alice.id, "x")).rejects.toMatchObject(muted);
    await expect(createReply(world.alice.id, { parentId: id, body: "x" })).rejects.toMatchObject(muted);
    expect(await bodiesSeenBy(world, world.alice.id)).toEqual(["Open"]);
    expect((await getSectionView(world.alice.id, world.assignment.id, 1))?.postingBlockedBecause).toMatch(/^You are muted in this class until/);
    expect(await db.auditEntry.findFirst({ where: { action: "MUTE" } })).toMatchObject({ targetUserId: world.alice.id, actorId: world.ta.id, reason: expect.stringMatching(/^Until .+ UTC: Spamming$/) });
    expect((await getModerationQueue(world.teacher.id, world.classroom.id))?.muted).toMatchObject([{ name: world.alice.name, canUnmute: true }]);

    await unmuteMember(world.teacher.id, { membershipId: world.aliceMembership.id });
    await expect(respond(world, world.alice.id, "Back")).resolves.toHaveProperty("id");
    await expect(unmuteMember(world.teacher.id, { membershipId: world.aliceMembership.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets an expired mute lapse by itself", async () => {
    const world = await createModeratedClass();
    await db.membership.update({ where: { id: world.aliceMembership.id }, data: { mutedUntil: new Date(Date.now() - 1000) } });
    await expect(respond(world, world.alice.id, "Free again")).resolves.toHaveProperty("id");
  });

  it("ranks who may mute whom: a TA cannot mute a teacher or a TA, a teacher can mute a TA but not a co-teacher", async () => {
    const world = await createModeratedClass();
    const { membership: secondTa } = await createMember(world.classroom, "TA");
    const { user: coTeacher, membership: coTeacherMembership } = await createMember(world.classroom, "TEACHER");
    await expect(muteMember(world.ta.id, { membershipId: world.teacherMembership.id, minutes: 10 })).rejects.toMatchObject({ code: "FORBIDDEN", message: "A TA cannot mute a teacher." });
    await expect(muteMember(world.ta.id, { membershipId: secondTa.id, minutes: 10 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(muteMember(world.ta.id, { membershipId: world.taMembership.id, minutes: 10 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(muteMember(coTeacher.id, { membershipId: world.teacherMembership.id, minutes: 10 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(muteMember(world.teacher.id, { membershipId: world.taMembership.id, minutes: 10 })).resolves.toHaveProperty("mutedUntil");
    await expect(muteMember(world.teacher.id, { membershipId: coTeacherMembership.id, minutes: 0 })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: world.teacherMembership.id } })).toMatchObject({ mutedUntil: null });
  });
});

describe("reports", () => {
  it("lets a member report a post once with a reason, never their own, and counts reports in the queue", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "Provocative");
    await expect(reportPost(world.bob.id, { postId: id, reason: "" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(reportPost(world.bob.id, { postId: id, reason: "Insulting" })).resolves.toEqual({ autoHidden: false });
    await expect(reportPost(world.bob.id, { postId: id, reason: "Again" })).rejects.toMatchObject({ code: "CONFLICT", message: "You have already reported this post." });
    await expect(reportPost(world.alice.id, { postId: id, reason: "Me" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listResponses(world.bob.id, world.assignment.id, 1)).responses[0]).toMatchObject({ reportedByViewer: true, moderation: null });
    expect((await listResponses(world.teacher.id, world.assignment.id, 1)).responses[0]?.moderation).toMatchObject({ reportCount: 1 });
    expect((await getModerationQueue(world.teacher.id, world.classroom.id))?.reported).toMatchObject([{ id, reportCount: 1, reportReasons: ["Insulting"] }]);
  });

  it("auto-hides a post at the class's threshold of distinct reporters, logged with no actor, pending review", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "Trolling");
    await reportPost(world.bob.id, { postId: id, reason: "r1" });
    await reportPost(world.carol.id, { postId: id, reason: "r2" });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual(["Trolling"]);
    expect(await reportPost(world.ta.id, { postId: id, reason: "r3" })).toEqual({ autoHidden: true });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual([]);
    expect((await listResponses(world.alice.id, world.assignment.id, 1)).responses[0]).toMatchObject({ state: "hidden", moderationReason: "Hidden after 3 reports, pending a teacher's review." });
    expect(await auditOf(id)).toMatchObject([{ action: "AUTO_HIDE", actorId: null, targetUserId: world.alice.id }]);
    expect((await getModerationQueue(world.teacher.id, world.classroom.id))?.reported).toMatchObject([{ id, status: "HIDDEN", reportCount: 3 }]);
    // Review: the teacher keeps it; its reports are settled.
    await restorePost(world.teacher.id, { postId: id });
    expect(await bodiesSeenBy(world, world.bob.id)).toEqual(["Trolling"]);
    expect((await getModerationQueue(world.teacher.id, world.classroom.id))?.reported).toEqual([]);
  });

  it("counts simultaneous reports exactly once each", async () => {
    const world = await createModeratedClass({ classroom: { reportThreshold: 2 } });
    const { id } = await respond(world, world.alice.id, "Contested");
    const results = await Promise.all([world.bob, world.carol, world.ta].map((u) => reportPost(u.id, { postId: id, reason: "r" }).catch((e) => e.code)));
    expect(results.filter((r) => typeof r === "object" && r.autoHidden)).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { postId: id, action: "AUTO_HIDE" } })).toBe(1);
  });

  it("lets a moderator dismiss reports on a published post", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "Fine really");
    await reportPost(world.bob.id, { postId: id, reason: "Disagree" });
    await restorePost(world.ta.id, { postId: id });
    expect(await db.report.findFirstOrThrow({ where: { postId: id } })).toMatchObject({ resolvedAt: expect.any(Date) });
    await expect(restorePost(world.ta.id, { postId: id })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("edit history", () => {
  it("keeps every earlier version for moderators; everyone sees the edited mark", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "v1");
    await editPost(world.alice.id, { postId: id, body: "v2" });
    await editPost(world.alice.id, { postId: id, body: "v3" });
    expect((await listResponses(world.bob.id, world.assignment.id, 1)).responses[0]).toMatchObject({ body: "v3", edited: true });
    const history = await getPostHistory(world.ta.id, id);
    expect(history?.post).toMatchObject({ body: "v3", authorName: world.alice.name });
    expect(history?.revisions.map((r) => [r.body, r.editorName])).toEqual([["v2", world.alice.name], ["v1", world.alice.name]]);
    expect(await getPostHistory(world.bob.id, id)).toBeNull();
    expect(await getPostHistory(world.alice.id, id)).toBeNull();
    expect(await getPostHistory(world.outsider.id, id)).toBeNull();
  });
});

describe("audit log", () => {
  it("filters by action, student and an inclusive date range, and is for moderators only", async () => {
    const world = await createModeratedClass();
    const a = await respond(world, world.alice.id, "Alice's");
    const b = await respond(world, world.bob.id, "Bob's");
    await hidePost(world.teacher.id, { postId: a.id, reason: "r" });
    await pinPost(world.teacher.id, { postId: b.id });
    await muteMember(world.teacher.id, { membershipId: world.bobMembership.id, minutes: 5 });
    await db.auditEntry.updateMany({ where: { action: "PIN" }, data: { createdAt: new Date("2026-01-10T23:59:00Z") } });

    const all = await getAuditLog(world.ta.id, world.classroom.id, {});
    expect(all?.entries.map((e) => e.action)).toEqual(["MUTE", "HIDE", "PIN"]);
    expect(all?.entries[1]).toMatchObject({ actorName: world.teacher.name, targetName: world.alice.name, reason: "r", post: { excerpt: "Alice's" } });
    expect((await getAuditLog(world.ta.id, world.classroom.id, { action: "HIDE" }))?.entries.map((e) => e.action)).toEqual(["HIDE"]);
    expect((await getAuditLog(world.ta.id, world.classroom.id, { student: world.bobMembership.id }))?.entries.map((e) => e.action)).toEqual(["MUTE", "PIN"]);
    expect((await getAuditLog(world.ta.id, world.classroom.id, { from: "2026-01-10", to: "2026-01-10" }))?.entries.map((e) => e.action)).toEqual(["PIN"]);
    expect((await getAuditLog(world.ta.id, world.classroom.id, { to: "2026-01-09" }))?.entries).toEqual([]);
    expect((await getAuditLog(world.ta.id, world.classroom.id, { student: "nosuchmember" }))?.entries).toEqual([]);
    await expect(getAuditLog(world.ta.id, world.classroom.id, { from: "yesterday" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await getAuditLog(world.alice.id, world.classroom.id, {})).toBeNull();
    expect(await getAuditLog(world.outsider.id, world.classroom.id, {})).toBeNull();
  });

  it("exports CSV with formulas defused", async () => {
    const world = await createModeratedClass();
    const { id } = await respond(world, world.alice.id, "=cmd|' /C calc'!A0");
    await hidePost(world.teacher.id, { postId: id, reason: "@evil, \"quoted\"" });
    const file = await exportAuditLogCsv(world.teacher.id, world.classroom.id, {});
    const lines = file!.csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Time (UTC),Action,By,Student,Post,Link,Reason");
    expect(lines[1]).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(lines[1]).toContain(`"'@evil, ""quoted"""`);
    expect(file!.filename).toMatch(/^audit-log-[a-z0-9-]+\.csv$/);
    expect(await exportAuditLogCsv(world.bob.id, world.classroom.id, {})).toBeNull();
  });
});

describe("settings", () => {
  it("lets the teacher change the class's approval, anonymity and report threshold, logged; TAs only read them", async () => {
    const world = await createModeratedClass();
    await updateClassSettings(world.teacher.id, { classroomId: world.classroom.id, approvalRequired: "on", anonymity: "ANONYMOUS", reportThreshold: "5" });
    expect(await db.classroom.findUniqueOrThrow({ where: { id: world.classroom.id } })).toMatchObject({ approvalRequired: true, anonymity: "ANONYMOUS", reportThreshold: 5 });
    expect(await db.auditEntry.findFirst({ where: { classroomId: world.classroom.id } })).toMatchObject({ action: "CHANGE_SETTINGS", actorId: world.teacher.id });
    await expect(updateClassSettings(world.ta.id, { classroomId: world.classroom.id, anonymity: "NAMED", reportThreshold: "3" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getModerationSettings(world.ta.id, world.classroom.id)).toMatchObject({ canConfigure: false, classroom: { reportThreshold: 5 } });
    expect(await getModerationSettings(world.alice.id, world.classroom.id)).toBeNull();
    await expect(updateClassSettings(world.teacher.id, { classroomId: world.classroom.id, anonymity: "NAMED", reportThreshold: "0" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("overrides per assignment, and back to the class's setting", async () => {
    const world = await createModeratedClass();
    await updateAssignmentSettings(world.teacher.id, { assignmentId: world.assignment.id, approvalRequired: "on", anonymity: "PSEUDONYMOUS", slowModeSeconds: "300" });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: world.assignment.id } })).toMatchObject({ approvalRequired: true, anonymity: "PSEUDONYMOUS", slowModeSeconds: 300 });
    expect((await getSectionView(world.alice.id, world.assignment.id, 1))?.rules).toMatchObject({ approvalRequired: true, slowModeSeconds: 300, anonymity: "PSEUDONYMOUS" });
    await updateAssignmentSettings(world.teacher.id, { assignmentId: world.assignment.id, approvalRequired: "inherit", anonymity: "inherit", slowModeSeconds: "0" });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: world.assignment.id } })).toMatchObject({ approvalRequired: null, anonymity: null, slowModeSeconds: 0 });
    await expect(updateAssignmentSettings(world.teacher.id, { assignmentId: world.assignment.id, approvalRequired: "maybe", anonymity: "inherit", slowModeSeconds: "0" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses to name students who already posted anonymously", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS" } });
    await respond(world, world.alice.id, "Said in confidence");
    await expect(updateClassSettings(world.teacher.id, { classroomId: world.classroom.id, anonymity: "NAMED", reportThreshold: "3" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateAssignmentSettings(world.teacher.id, { assignmentId: world.assignment.id, approvalRequired: "inherit", anonymity: "NAMED", slowModeSeconds: "0" })).rejects.toMatchObject({ code: "CONFLICT" });
    // Pseudonymous keeps authors hidden, so that change is fine.
    await expect(updateAssignmentSettings(world.teacher.id, { assignmentId: world.assignment.id, approvalRequired: "inherit", anonymity: "PSEUDONYMOUS", slowModeSeconds: "0" })).resolves.toBeUndefined();
    expect((await db.classroom.findUniqueOrThrow({ where: { id: world.classroom.id } })).anonymity).toBe("ANONYMOUS");
  });
});
