import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSectionView } from "@/lib/sections/section-view";
import { MAX_CACHED_SECTIONS, cachedSectionData, clearSectionCache } from "@/lib/discussion/section-cache";
import { createModeratedClass, createResponseRow } from "@/tests/factories/moderation";

// The section page's shared data (heat, claims, response count) is cached per instance and keyed by
// AssignmentSection.discussionVersion, which database triggers raise. A write that bypasses this
// instance (another instance, or SQL) must show on the next read all the same (ADR 0018).

async function world() {
  const w = await createModeratedClass();
  const section = w.reading.sections[0]!;
  await db.section.update({ where: { id: section.id }, data: { body: "First sentence here. Second sentence there." } });
  return { ...w, section };
}

const version = (assignmentId: string, sectionId: string) =>
  db.assignmentSection.findUniqueOrThrow({ where: { assignmentId_sectionId: { assignmentId, sectionId } }, select: { discussionVersion: true } }).then((row) => row.discussionVersion);

describe("the section cache", () => {
  it("shows posts, quotes and claims written outside this instance on the next read", async () => {
    const w = await world();
    const read = () => getSectionView(w.alice.id, w.assignment.id, 1);
    const before = (await read())!;
    expect(before.responseCount).toBe(0);
    expect(before.passages.heat).toEqual([]);

    // Straight into the database, as another instance would write.
    await db.post.create({
      data: { assignmentId: w.assignment.id, sectionId: w.section.id, authorId: w.bob.id, body: "Quoting", quoteStart: 0, quoteEnd: 5, quoteText: "First" },
    });
    const afterPost = (await read())!;
    expect(afterPost.responseCount).toBe(1);
    expect(afterPost.passages.heat).toEqual([{ start: 0, end: 5, count: 1 }]);

    await db.contestedClaim.create({
      data: { assignmentId: w.assignment.id, sectionId: w.section.id, start: 6, end: 14, quote: "sentence", note: "Contested", createdById: w.teacher.id },
    });
    expect((await read())!.claims.map((claim) => claim.quote)).toEqual(["sentence"]);

    await db.post.updateMany({ where: { assignmentId: w.assignment.id }, data: { status: "HIDDEN", moderationReason: "Off topic" } });
    const afterHiding = (await read())!;
    expect(afterHiding.responseCount).toBe(0);
    expect(afterHiding.passages.heat).toEqual([]);
  });

  it("is raised by inserts, updates and deletes of posts and claims, once per statement", async () => {
    const w = await world();
    const v0 = await version(w.assignment.id, w.section.id);
    const post = await createResponseRow(w, w.bob.id);
    const v1 = await version(w.assignment.id, w.section.id);
    expect(v1).toBe(v0 + 1);
    await db.post.createMany({ data: [1, 2, 3].map((n) => ({ assignmentId: w.assignment.id, sectionId: w.section.id, authorId: w.alice.id, body: `Bulk ${n}` })) });
    expect(await version(w.assignment.id, w.section.id)).toBe(v1 + 1);
    await db.post.update({ where: { id: post.id }, data: { status: "DELETED", moderationReason: "Spam" } });
    await db.post.delete({ where: { id: post.id } });
    expect(await version(w.assignment.id, w.section.id)).toBe(v1 + 3);
    // Another section of the same assignment is untouched.
    expect(await version(w.assignment.id, w.reading.sections[1]!.id)).toBe(0);
  });

  it("picks up an edited section text without a version change", async () => {
    const w = await world();
    expect((await getSectionView(w.alice.id, w.assignment.id, 1))!.passages.paragraphs).toHaveLength(1);
    await db.section.update({ where: { id: w.section.id }, data: { body: "One paragraph.\n\nAnother paragraph." } });
    expect((await getSectionView(w.alice.id, w.assignment.id, 1))!.passages.paragraphs).toHaveLength(2);
  });

  it("keeps at most MAX_CACHED_SECTIONS entries, dropping the least recently used", async () => {
    clearSectionCache();
    let loads = 0;
    const get = (n: number) => cachedSectionData({ part: "test", assignmentId: "a", sectionId: String(n), version: 0, body: "" }, async () => ++loads);
    for (let n = 0; n <= MAX_CACHED_SECTIONS; n++) await get(n);
    expect(loads).toBe(MAX_CACHED_SECTIONS + 1);
    await get(MAX_CACHED_SECTIONS); // still cached
    expect(loads).toBe(MAX_CACHED_SECTIONS + 1);
    await get(0); // the oldest went
    expect(loads).toBe(MAX_CACHED_SECTIONS + 2);
    clearSectionCache();
  });
});
