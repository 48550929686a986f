import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { getSectionView } from "@/lib/sections/section-view";
import { listResponses } from "@/lib/discussion/list-responses";
import { pseudonymsFor } from "@/lib/discussion/anonymity";
import { reportPost } from "@/lib/moderation/report-post";
import { createMember } from "@/tests/setup/factories";
import { createModeratedClass, type ModeratedClass } from "@/tests/factories/moderation";
import type { FactoryUser } from "@/tests/setup/factories";

// What a classmate's browser receives: the section page's data (streamed page included) and the
// JSON API's answer, serialized as they would be.
async function everythingSentTo(world: ModeratedClass, viewerId: string): Promise<string> {
  const view = await getSectionView(viewerId, world.assignment.id, 1);
  const api = await listResponses(viewerId, world.assignment.id, 1);
  return JSON.stringify({ ...view, page: await view?.page }) + JSON.stringify(api);
}

function expectNoTraceOf(payload: string, author: FactoryUser) {
  expect(payload).not.toContain(author.id);
  expect(payload).not.toContain(author.name);
  expect(payload).not.toContain(author.email);
  // Nor the distinctive part of the factory name or email on its own.
  expect(payload).not.toContain(author.email.split("@")[0]!);
}

async function thread(world: ModeratedClass) {
  const response = await createResponse(world.alice.id, { assignmentId: world.assignment.id, position: 1, body: "Alice argues" });
  await createReply(world.bob.id, { parentId: response.id, body: "Bob replies" });
  await createReply(world.teacher.id, { parentId: response.id, body: "The teacher weighs in" });
  await createReply(world.alice.id, { parentId: response.id, body: "Alice answers back" });
  return response;
}

describe("anonymous to peers", () => {
  it("shows classmates 'Anonymous student' and sends them no trace of the author", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS" } });
    await thread(world);
    const [response] = (await listResponses(world.carol.id, world.assignment.id, 1)).responses;
    expect(response?.author).toEqual({ name: "Anonymous student", isViewer: false, pseudonym: null });
    expect(response?.replies.map((r) => r.author.name)).toEqual(["Anonymous student", world.teacher.name, "Anonymous student"]);
    const seenByCarol = await everythingSentTo(world, world.carol.id);
    expectNoTraceOf(seenByCarol, world.alice);
    expectNoTraceOf(seenByCarol, world.bob);
    // Bob sees his own reply as his, and still nothing of Alice.
    const seenByBob = await everythingSentTo(world, world.bob.id);
    expectNoTraceOf(seenByBob, world.alice);
    expect((await listResponses(world.bob.id, world.assignment.id, 1)).responses[0]?.replies[0]?.author).toMatchObject({ name: world.bob.name, isViewer: true });
  });

  it("lets a student see their own posts as theirs, and moderators see everyone's names", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS" } });
    await thread(world);
    expect((await listResponses(world.alice.id, world.assignment.id, 1)).responses[0]?.author).toMatchObject({ name: world.alice.name, isViewer: true });
    for (const moderator of [world.teacher, world.ta]) {
      const [response] = (await listResponses(moderator.id, world.assignment.id, 1)).responses;
      expect(response?.author.name).toBe(world.alice.name);
      expect(response?.replies[0]?.author.name).toBe(world.bob.name);
      // Moderators may know the author's membership, to mute from the post.
      expect(response?.moderation?.authorMembershipId).toBe(world.aliceMembership.id);
    }
  });

  it("leaks nothing through hidden, pending or reported posts either", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS", approvalRequired: true } });
    const published = await createResponse(world.teacher.id, { assignmentId: world.assignment.id, position: 1, body: "Prompt" });
    await createReply(world.alice.id, { parentId: published.id, body: "Pending reply" });
    await db.post.updateMany({ where: { body: "Pending reply" }, data: { status: "PUBLISHED" } });
    const own = await db.post.findFirstOrThrow({ where: { body: "Pending reply" } });
    const result = await reportPost(world.carol.id, { postId: own.id, reason: "Rude" });
    expect(JSON.stringify(result)).not.toContain(world.alice.id);
    expectNoTraceOf(await everythingSentTo(world, world.carol.id), world.alice);
  });

  it("names an author when only the class is anonymous but the assignment says named, and the reverse", async () => {
    const named = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS" }, assignment: { anonymity: "NAMED" } });
    await createResponse(named.alice.id, { assignmentId: named.assignment.id, position: 1, body: "x" });
    expect((await listResponses(named.bob.id, named.assignment.id, 1)).responses[0]?.author.name).toBe(named.alice.name);
    const anonymous = await createModeratedClass({ classroom: { anonymity: "NAMED" }, assignment: { anonymity: "ANONYMOUS" } });
    await createResponse(anonymous.alice.id, { assignmentId: anonymous.assignment.id, position: 1, body: "x" });
    expect((await listResponses(anonymous.bob.id, anonymous.assignment.id, 1)).responses[0]?.author.name).toBe("Anonymous student");
  });
});

describe("pseudonymous", () => {
  it("gives each student one stable label per assignment that classmates see instead of the name", async () => {
    const world = await createModeratedClass({ assignment: { anonymity: "PSEUDONYMOUS" } });
    await thread(world);
    await createResponse(world.alice.id, { assignmentId: world.assignment.id, position: 2, body: "Alice again" });
    const [response] = (await listResponses(world.carol.id, world.assignment.id, 1)).responses;
    const aliceLabel = response!.author.name;
    expect(aliceLabel).toMatch(/^Student \d+$/);
    expect(response?.replies.map((r) => r.author.name)).toEqual([expect.stringMatching(/^Student \d+$/), world.teacher.name, aliceLabel]);
    expect(response?.replies[0]?.author.name).not.toBe(aliceLabel);
    expect((await listResponses(world.carol.id, world.assignment.id, 2)).responses[0]?.author.name).toBe(aliceLabel);
    // Moderators see the name with the label; the author sees their own name and learns their label.
    expect((await listResponses(world.ta.id, world.assignment.id, 1)).responses[0]?.author).toMatchObject({ name: world.alice.name, pseudonym: aliceLabel });
    expect((await getSectionView(world.alice.id, world.assignment.id, 1))?.rules.ownPseudonym).toBe(aliceLabel);
    const seen = await everythingSentTo(world, world.carol.id);
    expectNoTraceOf(seen, world.alice);
    expectNoTraceOf(seen, world.bob);
  });

  it("allocates labels race-free: unique within an assignment, independent across assignments", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "PSEUDONYMOUS" } });
    const students = await Promise.all(Array.from({ length: 12 }, () => createMember(world.classroom, "STUDENT")));
    const ids = students.map((s) => s.user.id);
    // Every student's first post at once, plus readers asking for the same labels.
    await Promise.all([
      ...ids.map((id) => createResponse(id, { assignmentId: world.assignment.id, position: 1, body: "First" })),
      pseudonymsFor(world.assignment.id, ids),
    ]);
    const labels = await db.pseudonym.findMany({ where: { assignmentId: world.assignment.id } });
    expect(labels).toHaveLength(12);
    expect(new Set(labels.map((l) => l.label)).size).toBe(12);
    const again = await pseudonymsFor(world.assignment.id, ids);
    expect(ids.map((id) => again.get(id))).toEqual(ids.map((id) => labels.find((l) => l.userId === id)?.label));
    // Teachers never get one.
    await createResponse(world.teacher.id, { assignmentId: world.assignment.id, position: 1, body: "Named" });
    expect(await db.pseudonym.count({ where: { userId: world.teacher.id } })).toBe(0);
  });

  it("labels students who posted before the teacher switched to pseudonymous", async () => {
    const world = await createModeratedClass();
    await createResponse(world.alice.id, { assignmentId: world.assignment.id, position: 1, body: "Early" });
    await db.assignment.update({ where: { id: world.assignment.id }, data: { anonymity: "PSEUDONYMOUS" } });
    expect((await listResponses(world.bob.id, world.assignment.id, 1)).responses[0]?.author.name).toMatch(/^Student \d+$/);
  });
});
