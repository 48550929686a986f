import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { readSession } from "@/lib/auth";
import { requireViewerForAction } from "@/lib/session";
import { exportMyData, myDataFile } from "@/lib/accounts/export-data";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { previewDeletion } from "@/lib/accounts/departure";
import { replaceIdentifiers } from "@/lib/accounts/scrub";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { refreshSession } from "@/lib/accounts/sessions";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { listResponses } from "@/lib/discussion/list-responses";
import { getSectionView } from "@/lib/sections/section-view";
import { getDebateView } from "@/lib/debate/debate-view";
import { getModerationQueue } from "@/lib/moderation/queue";
import { exportAuditLogCsv, getAuditLog } from "@/lib/moderation/audit-log";
import { getModerationSettings, updateClassSettings } from "@/lib/moderation/settings";
import { hidePost } from "@/lib/moderation/moderate-post";
import { muteMember } from "@/lib/moderation/mute-member";
import { reportPost } from "@/lib/moderation/report-post";
import { getPostHistory } from "@/lib/moderation/post-history";
import { getClassOverview, overviewCsv } from "@/lib/assignments/class-overview";
import { getPollResults, pollCsv } from "@/lib/poll/poll-results";
import { createMember, type FactoryUser } from "@/tests/setup/factories";
import { createModeratedClass, type ModeratedClass } from "@/tests/factories/moderation";

// The session is next-auth's signed cookie; here it is whatever the test says it is, so the session
// lookup and the export route can be asked about a token whose account is gone.
vi.mock("@/lib/auth", () => ({ readSession: vi.fn() }));
const signedInAs = (user: { id: string } | null) =>
  vi.mocked(readSession).mockResolvedValue(user ? { user: { id: user.id, name: "token name", email: "token@example.test", timeZone: null } } : null);

beforeEach(() => vi.mocked(readSession).mockReset());

/** Alice writes a response with a quote and stance, edits it, replies to Bob; Bob replies to her. */
async function aliceWrites(world: ModeratedClass) {
  const response = await createResponse(world.alice.id, {
    assignmentId: world.assignment.id,
    position: "1",
    body: "Alice argues the first point",
    stance: "CHALLENGES",
    quoteStart: "0",
    quoteEnd: "7",
    quoteText: "Section",
  });
  await db.postSource.create({ data: { postId: response.id, position: 1, title: "Alice's source", url: "https://example.org/alice" } });
  const bobReply = await createReply(world.bob.id, { parentId: response.id, body: "Bob disagrees with that" });
  const aliceReply = await createReply(world.alice.id, { parentId: response.id, body: "Alice answers back" });
  return { response, bobReply, aliceReply };
}

// The section page's data as a browser receives it, streamed page included.
async function sectionPayload(world: ModeratedClass, viewerId: string): Promise<string> {
  const view = await getSectionView(viewerId, world.assignment.id, 1);
  return JSON.stringify({ ...view, page: await view?.page });
}

function expectNoTraceOf(text: string, user: FactoryUser) {
  expect(text).not.toContain(user.name);
  expect(text).not.toContain(user.email);
  expect(text).not.toContain(user.email.split("@")[0]!);
}

describe("download everything I wrote", () => {
  it("holds my profile, classes and posts, and nothing of anyone else", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS" } });
    const { response, aliceReply, bobReply } = await aliceWrites(world);
    await createResponse(world.bob.id, { assignmentId: world.assignment.id, position: "2", body: "Bob's own response" });

    const data = await exportMyData(world.alice.id);
    expect(data?.profile).toMatchObject({ name: world.alice.name, email: world.alice.email });
    expect(data?.classes).toEqual([expect.objectContaining({ name: world.classroom.name, role: "Student" })]);
    expect(data?.posts.map((p) => p.id)).toEqual([response.id, aliceReply.id]);
    expect(data?.posts[0]).toMatchObject({
      type: "response",
      class: world.classroom.name,
      reading: world.reading.title,
      section: { position: 1 },
      body: "Alice argues the first point",
      stance: "CHALLENGES",
      quote: { start: 0, end: 7, text: "Section" },
      sources: [{ title: "Alice's source", url: "https://example.org/alice" }],
      status: "published",
    });
    expect(data?.posts[1]).toMatchObject({ type: "reply", inReplyTo: response.id, body: "Alice answers back" });
    const text = JSON.stringify(data);
    expect(text).not.toContain(bobReply.id);
    expect(text).not.toContain("Bob disagrees");
    expect(text).not.toContain("Bob's own response");
    expectNoTraceOf(text, world.bob);
    expect(text).not.toContain(world.bob.id);
  });

  it("is a dated JSON file for the signed-in viewer; signed out, the route's caller is refused", async () => {
    const world = await createModeratedClass();
    signedInAs(null);
    await expect(requireViewerForAction()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    const file = await myDataFile(world.alice.id);
    expect(file?.filename).toMatch(/^margin-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file!.json).profile.email).toBe(world.alice.email);
  });
});

describe("delete my account", () => {
  it("keeps posts as “Former member” and leaves the name and email nowhere", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "PSEUDONYMOUS" } });
    const { response } = await aliceWrites(world);
    const bobResponse = await createResponse(world.bob.id, { assignmentId: world.assignment.id, position: "1", body: "Bob's response" });
    await reportPost(world.alice.id, { postId: bobResponse.id, reason: "Off topic" });
    await muteMember(world.teacher.id, { membershipId: world.aliceMembership.id, minutes: "10", reason: `${world.alice.name} (${world.alice.email}) was rude` });
    await hidePost(world.teacher.id, { postId: response.id, reason: `Hidden for now, ${world.alice.name}` });
    await db.assignment.update({ where: { id: world.assignment.id }, data: { thesis: "A thesis" } });
    await db.pollAnswer.create({ data: { assignmentId: world.assignment.id, userId: world.alice.id, round: "BEFORE", rating: 4 } });

    await deleteAccount(world.alice.id, { password: world.alice.password });

    const tombstone = await db.user.findUniqueOrThrow({ where: { id: world.alice.id } });
    expect(tombstone).toMatchObject({ name: "Former member", passwordHash: "" });
    expect(tombstone.deletedAt).not.toBeNull();
    expect(await db.membership.count({ where: { userId: world.alice.id } })).toBe(0);
    expect(await db.report.count({ where: { reporterId: world.alice.id } })).toBe(0);
    expect(await db.pollAnswer.count({ where: { userId: world.alice.id } })).toBe(0);
    expect(await verifyCredentials({ email: world.alice.email, password: world.alice.password })).toBeNull();

    // Her posts stay, by "Former member", for classmates and moderators alike.
    const forCarol = (await listResponses(world.carol.id, world.assignment.id, 1)).responses;
    const forTeacher = (await listResponses(world.teacher.id, world.assignment.id, 1)).responses;
    const hers = forTeacher.find((r) => r.id === response.id);
    expect(hers).toMatchObject({ body: "Alice argues the first point", author: { name: "Former member", pseudonym: null } });
    expect(hers?.replies.map((r) => r.author.name)).toEqual([world.bob.name, "Former member"]);
    // Carol sees Bob's pseudonym and, for Alice, "Former member" rather than a pseudonym.
    const forCarolReplies = forCarol.flatMap((r) => r.replies).map((r) => r.author.name);
    expect(forCarolReplies).toEqual([expect.stringMatching(/^Student \d+$/), "Former member"]);

    const everything = [
      await sectionPayload(world, world.carol.id),
      await sectionPayload(world, world.teacher.id),
      JSON.stringify(forTeacher),
      JSON.stringify(await getDebateView(world.teacher.id, world.assignment.id, 1)),
      JSON.stringify(await getModerationQueue(world.teacher.id, world.classroom.id)),
      JSON.stringify(await getPostHistory(world.teacher.id, response.id)),
      JSON.stringify(await getAuditLog(world.teacher.id, world.classroom.id, {})),
      (await exportAuditLogCsv(world.teacher.id, world.classroom.id, {}))!.csv,
      overviewCsv((await getClassOverview(world.teacher.id, world.classroom.id))!),
      pollCsv((await getPollResults(world.teacher.id, world.assignment.id))!),
      JSON.stringify(await db.auditEntry.findMany({ where: { classroomId: world.classroom.id }, select: { reason: true } })),
      JSON.stringify(await db.post.findMany({ where: { assignmentId: world.assignment.id }, select: { moderationReason: true } })),
      JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: world.alice.id } })),
    ].join("\n");
    expectNoTraceOf(everything, world.alice);
    expect(everything).toContain("Former member (Former member) was rude");
  });

  it("removes posts where the teacher chose so, keeping classmates' replies", async () => {
    const world = await createModeratedClass();
    await updateClassSettings(world.teacher.id, { classroomId: world.classroom.id, approvalRequired: "", anonymity: "NAMED", reportThreshold: "3", departedPosts: "REMOVE" });
    expect((await getModerationSettings(world.teacher.id, world.classroom.id))?.classroom.departedPosts).toBe("REMOVE");
    const { response } = await aliceWrites(world);

    await deleteAccount(world.alice.id, { password: world.alice.password });

    const [shown] = (await listResponses(world.carol.id, world.assignment.id, 1)).responses;
    expect(shown).toMatchObject({ id: response.id, body: null, deleted: true });
    expect(shown?.replies.map((r) => r.body)).toEqual(["Bob disagrees with that"]);
    const rows = await db.post.findMany({ where: { authorId: world.alice.id }, include: { sources: true, revisions: true } });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ status: "DELETED", body: "", quoteText: null, stance: null, sources: [], revisions: [] });
  });

  it("asks for the right password and writes nothing otherwise", async () => {
    const world = await createModeratedClass();
    await aliceWrites(world);
    await expect(deleteAccount(world.alice.id, { password: "not her password" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { password: ["That password is not right."] },
    });
    await expect(deleteAccount(world.alice.id, { password: "" })).rejects.toMatchObject({ code: "INVALID" });
    const alice = await db.user.findUniqueOrThrow({ where: { id: world.alice.id } });
    expect(alice).toMatchObject({ name: world.alice.name, email: world.alice.email, deletedAt: null });
    expect(await db.membership.count({ where: { userId: world.alice.id } })).toBe(1);
    expect(await db.post.count({ where: { authorId: world.alice.id, status: "PUBLISHED" } })).toBe(2);
  });

  it("refuses the only teacher of an open class, until another teacher is named or the class is archived", async () => {
    const world = await createModeratedClass();
    const preview = await previewDeletion(world.teacher.id);
    expect(preview.blocked).toBe(`Make another member a teacher of ${world.classroom.name} first, or archive it.`);
    await expect(deleteAccount(world.teacher.id, { password: world.teacher.password })).rejects.toMatchObject({
      code: "CONFLICT",
      message: preview.blocked,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: world.teacher.id } })).toMatchObject({ deletedAt: null });

    // A TA never holds a class up; a co-teacher lifts the block.
    expect((await previewDeletion(world.ta.id)).blocked).toBeNull();
    const { user: coTeacher } = await createMember(world.classroom, "TEACHER");
    expect((await previewDeletion(world.teacher.id)).blocked).toBeNull();
    await deleteAccount(world.teacher.id, { password: world.teacher.password });
    expect(await db.membership.count({ where: { classroomId: world.classroom.id, userId: coTeacher.id } })).toBe(1);

    const archived = await createModeratedClass();
    await db.classroom.update({ where: { id: archived.classroom.id }, data: { archivedAt: new Date() } });
    await deleteAccount(archived.teacher.id, { password: archived.teacher.password });
    expect((await db.user.findUniqueOrThrow({ where: { id: archived.teacher.id } })).deletedAt).not.toBeNull();
  });

  it("ends the session: a token for a deleted account is signed out", async () => {
    const world = await createModeratedClass();
    // The token as the jwt callback checks it on every request (lib/auth.ts).
    const token = { sub: world.alice.id, sv: 0, signedInAt: Math.floor(Date.now() / 1000) };
    expect(await refreshSession(token)).toMatchObject({ sub: world.alice.id });
    await deleteAccount(world.alice.id, { password: world.alice.password });
    expect(await refreshSession(token)).toBeNull();
    // Nor does a token that claims the new version: the account is gone.
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: world.alice.id }, select: { sessionVersion: true } });
    expect(await refreshSession({ ...token, sv: sessionVersion })).toBeNull();
    await expect(deleteAccount(world.alice.id, { password: world.alice.password })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("who may export or delete", () => {
  it("answers only for the caller's own account: nothing for an unknown or deleted one", async () => {
    const world = await createModeratedClass();
    expect(await exportMyData(world.unknownUserId)).toBeNull();
    await expect(deleteAccount(world.unknownUserId, { password: "anything" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await deleteAccount(world.bob.id, { password: world.bob.password });
    expect(await exportMyData(world.bob.id)).toBeNull();
    // Bob's deletion left Alice's account as it was.
    expect(await exportMyData(world.alice.id)).toMatchObject({ profile: { name: world.alice.name, email: world.alice.email } });
  });
});

describe("replacing a name in moderators' notes", () => {
  it("replaces whole words only, in any case", () => {
    expect(replaceIdentifiers("Al was rude. Also AL again; al@x.test", ["Al", "al@x.test"])).toBe("Former member was rude. Also Former member again; Former member");
  });
});
