import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { deletePost, editPost } from "@/lib/discussion/change-post";
import { sectionChanges } from "@/lib/discussion/changes";
import { approvePost, hidePost, rejectPost } from "@/lib/moderation/moderate-post";
import { reportPost } from "@/lib/moderation/report-post";
import { clearSpotlight, spotlightPost } from "@/lib/board/spotlight";
import { classSubscription } from "@/lib/live/subscriptions";
import { moderatedClassroomIds, waitingForModerator, waitingInClass } from "@/lib/moderation/waiting";
import { LISTENER_NAME, liveHub } from "@/lib/live/hub";
import { liveStream } from "@/lib/live/stream";
import { createModeratedClass, type ModeratedClass } from "@/tests/factories/moderation";
import { openLiveStream, type Frame } from "@/tests/factories/live";
import { createClassroom, type FactoryUser } from "@/tests/setup/factories";
import { unreadCount } from "@/lib/notifications/unread-count";
import { STUDENT_ROLE } from "@/lib/authz";

// The live bus end to end below HTTP: a write's NOTIFY, this instance's listener, the per-viewer
// filter, the SSE frames, and the delta read each client makes on an event.

afterAll(() => liveHub().close());

const openFor = async (world: ModeratedClass, user: FactoryUser) => openLiveStream(user.id, await classSubscription(user.id, world.classroom.id));
const respond = (world: ModeratedClass, user: FactoryUser, body: string) => createResponse(user.id, { assignmentId: world.assignment.id, position: 1, body });
const kindOf = (frame: Frame) => (JSON.parse(frame.data) as { kind?: string }).kind;
const changesFor = (world: ModeratedClass, user: FactoryUser, since = new Date(Date.now() - 60_000)) =>
  sectionChanges(user.id, world.assignment.id, 1, since.toISOString());

describe("who may subscribe", () => {
  it("lets members follow their class, and tells everyone else 'not found'", async () => {
    const world = await createModeratedClass();
    expect(await classSubscription(world.alice.id, world.classroom.id)).toEqual(new Map([[world.classroom.id, { moderator: false }]]));
    expect(await classSubscription(world.ta.id, world.classroom.id)).toEqual(new Map([[world.classroom.id, { moderator: true }]]));
    expect(await classSubscription(world.teacher.id, world.classroom.id)).toEqual(new Map([[world.classroom.id, { moderator: true }]]));
    await expect(classSubscription(world.outsider.id, world.classroom.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(classSubscription(world.unknownUserId, world.classroom.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(classSubscription(world.alice.id, "nosuchclass")).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Moderators' header stream covers the classes they moderate, and nothing for students.
    expect(await moderatedClassroomIds(world.ta.id)).toEqual([world.classroom.id]);
    expect(await moderatedClassroomIds(world.alice.id)).toEqual([]);
  });

  it("refuses an archived class, and a member who left", async () => {
    const world = await createModeratedClass();
    await db.membership.delete({ where: { id: world.bobMembership.id } });
    await expect(classSubscription(world.bob.id, world.classroom.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.classroom.update({ where: { id: world.classroom.id }, data: { archivedAt: new Date() } });
    await expect(classSubscription(world.alice.id, world.classroom.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await moderatedClassroomIds(world.teacher.id)).toEqual([]);
  });

  it("answers a delta read for a class the viewer is not in with 'not found', and a bad 'since' with a field message", async () => {
    const world = await createModeratedClass();
    await expect(changesFor(world, world.outsider)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sectionChanges(world.alice.id, world.assignment.id, 1, "yesterday")).rejects.toMatchObject({ code: "INVALID" });
    await expect(sectionChanges(world.alice.id, world.assignment.id, 1, undefined)).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("events per role", () => {
  it("tells classmates of a pending post only once it is approved; the author and moderators at once", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    const [alice, bob, ta] = await Promise.all([openFor(world, world.alice), openFor(world, world.bob), openFor(world, world.ta)]);
    const post = await respond(world, world.alice, "Waiting for the teacher");
    await ta.waitFor((frames) => frames.some((frame) => frame.event === "change"), "event for the TA");
    await alice.waitFor((frames) => frames.some((frame) => frame.event === "change"), "event for the author");
    expect(JSON.parse(ta.changes()[0]!.data)).toEqual({ kind: "post", assignmentId: world.assignment.id, sectionId: world.reading.sections[0]!.id, queue: true });
    // Pending: invisible to a classmate's delta read, visible to moderators and to the author, also
    // when their reads arrive together and share one query.
    const [bobs, tas, alices] = await Promise.all([changesFor(world, world.bob), changesFor(world, world.ta), changesFor(world, world.alice)]);
    expect(bobs.posts).toEqual([]);
    expect(tas.posts.map((p) => p.id)).toEqual([post.id]);
    expect(alices.posts.map((p) => [p.id, p.state])).toEqual([[post.id, "pending"]]);

    await approvePost(world.teacher.id, { postId: post.id });
    // NOTIFY arrives in commit order: bob's first event is the approval, never the pending post.
    await bob.waitFor((frames) => frames.some((frame) => frame.event === "change"), "event for a classmate");
    expect(bob.changes()).toHaveLength(1);
    expect(JSON.parse(bob.changes()[0]!.data)).toMatchObject({ kind: "moderation" });
    // The author's post turns published without a reload.
    await alice.waitFor((frames) => frames.some((frame) => frame.event === "change" && kindOf(frame) === "moderation"), "the approval for the author");
    expect((await changesFor(world, world.alice)).posts.map((p) => [p.id, p.state])).toEqual([[post.id, "published"]]);
    expect((await changesFor(world, world.bob)).posts.map((p) => p.id)).toEqual([post.id]);
    await Promise.all([alice.close(), bob.close(), ta.close()]);
  });

  it("tells the author the reason of a rejection, and classmates nothing", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    const post = await respond(world, world.alice, "Off topic");
    const [alice, bob] = await Promise.all([openFor(world, world.alice), openFor(world, world.bob)]);
    await rejectPost(world.teacher.id, { postId: post.id, reason: "Please stay on the reading" });
    await alice.waitFor((frames) => frames.some((frame) => frame.event === "change"), "the rejection");
    const [own] = (await changesFor(world, world.alice)).posts;
    expect(own).toMatchObject({ id: post.id, state: "rejected", moderationReason: "Please stay on the reading" });
    // A post made after it reaches bob first, so the rejection was never sent to him.
    await respond(world, world.teacher, "The teacher's open response");
    await bob.waitFor((frames) => frames.some((frame) => frame.event === "change"), "the teacher's post");
    expect(bob.changes()).toHaveLength(1);
    expect(bob.raw()).not.toContain("Please stay on the reading");
    await Promise.all([alice.close(), bob.close()]);
  });

  it("tells moderators of a report, and not the reported author", async () => {
    const world = await createModeratedClass();
    const post = await respond(world, world.alice, "A contested claim");
    const [alice, ta] = await Promise.all([openFor(world, world.alice), openFor(world, world.ta)]);
    await reportPost(world.bob.id, { postId: post.id, reason: "Rude" });
    await ta.waitFor((frames) => frames.some((frame) => kindOf(frame) === "report"), "the report");
    expect(JSON.parse(ta.changes().find((frame) => kindOf(frame) === "report")!.data)).toMatchObject({ kind: "report", queue: true });
    await editPost(world.alice.id, { postId: post.id, body: "A contested claim, softened" });
    // The post's own event may reach streams opened just after it; the edit is the one awaited.
    await alice.waitFor((frames) => frames.some((frame) => kindOf(frame) === "post"), "the edit");
    expect(alice.changes().map(kindOf)).not.toContain("report");
    expect(alice.changes().map(kindOf)).toContain("post");
    await Promise.all([alice.close(), ta.close()]);
  });

  it("tells every member when the spotlight changes, so section pages show or drop it", async () => {
    const world = await createModeratedClass();
    const post = await respond(world, world.alice, "Worth the class's attention");
    const { sectionId } = await db.post.findUniqueOrThrow({ where: { id: post.id }, select: { sectionId: true } });
    const bob = await openFor(world, world.bob);
    await spotlightPost(world.teacher.id, { postId: post.id });
    await bob.waitFor((frames) => frames.some((frame) => frame.event === "change"), "the spotlight");
    await clearSpotlight(world.teacher.id, { assignmentId: world.assignment.id, position: 1 });
    await bob.waitFor((frames) => frames.filter((frame) => frame.event === "change").length === 2, "the cleared spotlight");
    expect(bob.changes().map((frame) => JSON.parse(frame.data))).toEqual([
      { kind: "spotlight", assignmentId: world.assignment.id, sectionId, queue: false },
      { kind: "spotlight", assignmentId: world.assignment.id, sectionId, queue: false },
    ]);
    await bob.close();
  });

  it("brings edits, new replies and removals through the delta read", async () => {
    const world = await createModeratedClass();
    const since = new Date(Date.now() - 60_000);
    const response = await respond(world, world.alice, "First take");
    const reply = await createReply(world.bob.id, { parentId: response.id, body: "A reply" });
    const before = await changesFor(world, world.carol, since);
    expect(before.responseCount).toBe(1);
    expect(before.posts.map((p) => [p.id, p.parentId])).toEqual([
      [response.id, null],
      [reply.id, response.id],
    ]);
    await editPost(world.alice.id, { postId: response.id, body: "Second take" });
    await hidePost(world.teacher.id, { postId: reply.id, reason: "Spam" });
    const after = await changesFor(world, world.carol, since);
    expect(after.posts.find((p) => p.id === response.id)).toMatchObject({ body: "Second take", edited: true });
    expect(after.removed).toEqual([reply.id]);
    expect(JSON.stringify(after)).not.toContain("Spam");
    await deletePost(world.alice.id, { postId: response.id });
    const gone = await changesFor(world, world.carol, since);
    expect(gone.removed.sort()).toEqual([response.id, reply.id].sort());
    expect(gone.responseCount).toBe(0);
    // The cursor is the database's clock, and a later read from it still overlaps a little.
    expect(Date.parse(gone.cursor)).toBeGreaterThan(since.getTime());
  });
});

describe("notifications on the bus", () => {
  it("tells the recipient's stream that a notification arrived, on any class they follow, and nobody else", async () => {
    const world = await createModeratedClass();
    const response = await respond(world, world.alice, "The armistice was a pause");
    // Alice follows another class of hers; Bob (the replier), Carol and the TA follow this one.
    const otherClass = await createClassroom();
    await db.membership.create({ data: { classroomId: otherClass.id, userId: world.alice.id, role: STUDENT_ROLE } });
    const [alice, bob, carol, ta] = await Promise.all([
      openLiveStream(world.alice.id, await classSubscription(world.alice.id, otherClass.id)),
      openFor(world, world.bob),
      openFor(world, world.carol),
      openFor(world, world.ta),
    ]);
    await createReply(world.bob.id, { parentId: response.id, body: "Not a pause, an end" });
    await alice.waitFor((frames) => frames.some((frame) => kindOf(frame) === "notify"), "the notification for its recipient");
    expect(alice.changes().map((frame) => JSON.parse(frame.data))).toEqual([{ kind: "notify", assignmentId: null, sectionId: null, queue: false }]);
    // Everyone in the class hears of the reply itself; the notification is Alice's alone.
    await Promise.all([bob, carol, ta].map((stream) => stream.waitFor((frames) => frames.some((frame) => kindOf(frame) === "post"), "the reply")));
    for (const stream of [bob, carol, ta]) expect(stream.changes().map(kindOf)).not.toContain("notify");
    expect(alice.raw()).not.toContain(world.alice.id);
    expect([await unreadCount(world.alice.id), await unreadCount(world.carol.id)]).toEqual([1, 0]);
    await Promise.all([alice, bob, carol, ta].map((stream) => stream.close()));
  });

  it("tells moderators' streams of a report's notification, and a decision's to its author", async () => {
    const world = await createModeratedClass();
    const post = await respond(world, world.alice, "A contested claim");
    const [alice, ta, carol] = await Promise.all([openFor(world, world.alice), openFor(world, world.ta), openFor(world, world.carol)]);
    await reportPost(world.bob.id, { postId: post.id, reason: "Rude" });
    await ta.waitFor((frames) => frames.some((frame) => kindOf(frame) === "notify"), "the report's notification");
    await hidePost(world.teacher.id, { postId: post.id, reason: "Off topic" });
    await alice.waitFor((frames) => frames.some((frame) => kindOf(frame) === "notify"), "the decision's notification");
    await carol.waitFor((frames) => frames.some((frame) => kindOf(frame) === "moderation"), "the hiding");
    expect(carol.changes().map(kindOf)).not.toContain("notify");
    await Promise.all([alice, ta, carol].map((stream) => stream.close()));
  });
});

describe("what waits for moderators", () => {
  it("counts pending and reported posts for moderators, per class and across classes, and nothing for students", async () => {
    const world = await createModeratedClass({ classroom: { approvalRequired: true } });
    await respond(world, world.alice, "Pending one");
    const published = await respond(world, world.teacher, "The teacher's post");
    await reportPost(world.bob.id, { postId: published.id, reason: "Wrong" });
    expect(await waitingForModerator(world.ta.id)).toEqual({ moderates: true, count: 2, queuePath: `/classes/${world.classroom.id}/moderation` });
    expect(await waitingInClass(world.teacher.id, world.classroom.id)).toEqual({ moderates: true, count: 2 });
    expect(await waitingForModerator(world.alice.id)).toEqual({ moderates: false, count: 0 });
    await expect(waitingInClass(world.alice.id, world.classroom.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(waitingInClass(world.outsider.id, world.classroom.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("no more than a reload", () => {
  it("sends a classmate nothing that identifies an anonymous author, on the stream or in the delta read", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS" } });
    const carol = await openFor(world, world.carol);
    const since = new Date(Date.now() - 60_000);
    const response = await respond(world, world.alice, "Anonymous argument");
    await createReply(world.bob.id, { parentId: response.id, body: "Anonymous counter" });
    await editPost(world.alice.id, { postId: response.id, body: "Anonymous argument, edited" });
    await carol.waitFor((frames) => frames.filter((frame) => frame.event === "change").length === 3, "three events");
    const delta = await changesFor(world, world.carol, since);
    expect(delta.posts.map((p) => p.author.name)).toEqual(["Anonymous student", "Anonymous student"]);
    const everything = carol.raw() + JSON.stringify(delta);
    for (const author of [world.alice, world.bob]) {
      for (const trace of [author.id, author.name, author.email, author.email.split("@")[0]!]) expect(everything).not.toContain(trace);
    }
    await carol.close();
  });

  it("gives a student who has not posted under post-first nothing of classmates' posts", async () => {
    const world = await createModeratedClass();
    await db.assignment.update({ where: { id: world.assignment.id }, data: { postFirst: true } });
    const since = new Date(Date.now() - 60_000);
    const response = await respond(world, world.alice, "Alice's secret take");
    await hidePost(world.teacher.id, { postId: response.id, reason: "Later" });
    const bobs = await changesFor(world, world.bob, since);
    expect(bobs).toMatchObject({ posts: [], removed: [], responseCount: 0 });
    expect(JSON.stringify(bobs)).not.toContain(response.id);
    // Once bob has responded he sees the class as a reload would.
    const own = await respond(world, world.bob, "Bob's own take");
    const after = await changesFor(world, world.bob, since);
    expect(after.posts.map((p) => p.id)).toEqual([own.id]);
    expect(after.removed).toEqual([response.id]);
  });
});

describe("reconnecting", () => {
  it("replays what a short drop missed, and answers a garbage or foreign Last-Event-ID with a resync", async () => {
    const world = await createModeratedClass();
    const first = await openFor(world, world.bob);
    await respond(world, world.alice, "One");
    await first.waitFor((frames) => frames.some((frame) => frame.event === "change"), "the first post");
    const lastId = first.changes()[0]!.id!;
    await first.close();
    await respond(world, world.alice, "Two");
    // Wait until this instance heard "Two" through another subscriber.
    const witness = await openFor(world, world.teacher);
    await respond(world, world.alice, "Three");
    await witness.waitFor((frames) => frames.some((frame) => frame.event === "change"), "a post after the drop");
    await witness.close();

    const back = await openLiveStream(world.bob.id, await classSubscription(world.bob.id, world.classroom.id), lastId);
    expect(back.changes()).toHaveLength(2);
    expect(back.frames().some((frame) => frame.event === "resync")).toBe(false);
    await back.close();

    for (const lastEventId of ["garbage", "'; DROP TABLE", "deadbeef:1", `${liveHub().boot}:999999999`, "x".repeat(5000)]) {
      const stream = await openLiveStream(world.bob.id, await classSubscription(world.bob.id, world.classroom.id), lastEventId);
      expect(stream.frames().map((frame) => frame.event)).toEqual(["resync", "ready"]);
      await stream.close();
    }
  });

  it("reconnects by itself when the listening connection is killed, tells clients to resync, and delivers the next post", async () => {
    const world = await createModeratedClass();
    const bob = await openFor(world, world.bob);
    const killed = await db.$queryRaw<{ ok: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${LISTENER_NAME}`;
    expect(killed.length).toBeGreaterThan(0);
    await bob.waitFor((frames) => frames.some((frame) => frame.event === "resync"), "a resync");
    await respond(world, world.alice, "Right after the restart");
    await bob.waitFor((frames) => frames.some((frame) => frame.event === "change"), "the post after the restart");
    await bob.close();
  });
});

describe("stream", () => {
  it("lets one person keep 8 streams open; the 9th is told 429 with Retry-After, to poll instead", async () => {
    const world = await createModeratedClass();
    const streams = await Promise.all(Array.from({ length: 8 }, () => openFor(world, world.alice)));
    const refused = await liveStream({ userId: world.alice.id, classrooms: await classSubscription(world.alice.id, world.classroom.id), lastEventId: null, signal: new AbortController().signal });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    await streams[0]!.close();
    const again = await openFor(world, world.alice);
    await Promise.all([...streams.slice(1), again].map((stream) => stream.close()));
  });

  it("is an unbuffered event stream", async () => {
    const world = await createModeratedClass();
    const stream = await openFor(world, world.alice);
    expect(Object.fromEntries(stream.response.headers)).toMatchObject({
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    });
    await stream.close();
  });
});
