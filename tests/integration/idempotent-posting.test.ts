import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { lockSection } from "@/lib/moderation/lock-section";
import { createModeratedClass } from "@/tests/factories/moderation";

// A retried or doubled submission (same author, same idempotency key) gets the post it made.
describe("idempotent posting", () => {
  const respond = (world: { assignment: { id: string } }, userId: string, idempotencyKey: string, body = "The armistice was a pause") =>
    createResponse(userId, { assignmentId: world.assignment.id, position: 1, body, idempotencyKey });

  it("answers a key sent again with the same post, and makes one", async () => {
    const world = await createModeratedClass();
    const key = randomUUID();
    const first = await respond(world, world.alice.id, key);
    const again = await respond(world, world.alice.id, key);
    expect(again).toEqual(first);
    expect(await db.post.count({ where: { assignmentId: world.assignment.id } })).toBe(1);
  });

  it("makes one post when the same key arrives several times at once", async () => {
    const world = await createModeratedClass();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => respond(world, world.alice.id, key)));
    expect(new Set(answers.map((post) => post.id)).size).toBe(1);
    expect(await db.post.count({ where: { assignmentId: world.assignment.id } })).toBe(1);
  });

  it("does the same for replies, and for evidence with its sources", async () => {
    const world = await createModeratedClass();
    const response = await respond(world, world.alice.id, randomUUID());
    const key = randomUUID();
    const replies = await Promise.all([1, 2].map(() => createReply(world.bob.id, { parentId: response.id, body: "A counter", idempotencyKey: key })));
    expect(replies[0]).toEqual(replies[1]);
    const evidence = { assignmentId: world.assignment.id, position: 1, body: "See the record", kind: "EVIDENCE", sources: [{ title: "UN S/1501", url: "https://example.org/s1501" }], idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([createResponse(world.carol.id, evidence), createResponse(world.carol.id, evidence)]);
    expect(a).toEqual(b);
    expect(await db.post.count({ where: { assignmentId: world.assignment.id } })).toBe(3);
    expect(await db.postSource.count({ where: { postId: a.id } })).toBe(1);
  });

  it("keeps keys apart: another key, another author or no key at all makes a new post", async () => {
    const world = await createModeratedClass();
    const key = randomUUID();
    const mine = await respond(world, world.alice.id, key);
    expect((await respond(world, world.bob.id, key)).id).not.toBe(mine.id);
    expect((await respond(world, world.alice.id, randomUUID())).id).not.toBe(mine.id);
    const plain = { assignmentId: world.assignment.id, position: 1, body: "No key" };
    expect((await createResponse(world.alice.id, plain)).id).not.toBe((await createResponse(world.alice.id, plain)).id);
    expect(await db.post.count({ where: { assignmentId: world.assignment.id } })).toBe(5);
  });

  it("answers a retry with its post even when slow mode or a lock would now refuse a new one", async () => {
    const world = await createModeratedClass({ assignment: { slowModeSeconds: 120 } });
    const key = randomUUID();
    const first = await respond(world, world.alice.id, key);
    expect(await respond(world, world.alice.id, key)).toEqual(first);
    await expect(respond(world, world.alice.id, randomUUID())).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Slow mode") });
    await lockSection(world.teacher.id, { assignmentId: world.assignment.id, position: 1, reason: "Time's up" });
    expect(await respond(world, world.alice.id, key)).toEqual(first);
    await expect(respond(world, world.alice.id, randomUUID())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.post.count({ where: { assignmentId: world.assignment.id } })).toBe(1);
  });

  it("refuses a malformed key", async () => {
    const world = await createModeratedClass();
    await expect(respond(world, world.alice.id, "short")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { idempotencyKey: [expect.any(String)] } });
    await expect(respond(world, world.alice.id, "x".repeat(101))).rejects.toMatchObject({ code: "INVALID" });
  });
});
