import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { editPost } from "@/lib/discussion/change-post";
import { listResponses } from "@/lib/discussion/list-responses";
import { RENDERER_VERSION, postWords, renderPostHtml } from "@/lib/markdown/render";
import { countWords } from "@/lib/assignments/words";
import { seedDemo } from "@/prisma/seed";
import { renderStalePosts } from "@/scripts/db/render-posts";
import { UNSAFE_HTML, XSS_SOURCES } from "@/tests/corpus/markdown-xss";
import { createClassroom, createMember } from "@/tests/setup/factories";
import { createAssignment, createPost, createReading } from "@/tests/factories/readings";

async function discussion() {
  const classroom = await createClassroom();
  const reading = await createReading({ sectionCount: 1 });
  const assignment = await createAssignment(classroom, reading);
  const { user: alice } = await createMember(classroom, "STUDENT");
  const { user: bob } = await createMember(classroom, "STUDENT");
  return { classroom, assignment, alice, bob, section: reading.sections[0]! };
}

const stored = (id: string) => db.post.findUniqueOrThrow({ where: { id }, select: { body: true, bodyHtml: true, bodyHtmlVersion: true, words: true } });

// Stored HTML and word count are only worth reading if they are exactly what a fresh render and
// count of the source give.
async function expectFresh(id: string) {
  const post = await stored(id);
  expect(post.bodyHtmlVersion).toBe(RENDERER_VERSION);
  expect(post.bodyHtml).toBe(renderPostHtml(post.body));
  expect(post.words).toBe(countWords(post.body));
  return post;
}

describe("posts' HTML rendered at write time", () => {
  it("stores a fresh render with a new response and a new reply", async () => {
    const { assignment, alice, bob } = await discussion();
    const response = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "A **claim** with [a source](https://example.org)" });
    const reply = await createReply(bob.id, { parentId: response.id, body: "> quoted\n\nA *counter*" });
    expect((await expectFresh(response.id)).bodyHtml).toContain("<strong>claim</strong>");
    expect((await expectFresh(reply.id)).bodyHtml).toContain("<blockquote>");
  });

  it("re-renders on edit", async () => {
    const { assignment, alice } = await discussion();
    const { id } = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "First *draft*" });
    expect((await expectFresh(id)).words).toBe(2);
    await editPost(alice.id, { postId: id, body: "Second **draft**, now 這是 longer" });
    expect((await expectFresh(id)).bodyHtml).toBe("<p>Second <strong>draft</strong>, now 這是 longer</p>");
    // Each Chinese character is a word, as the requirements count them.
    expect((await stored(id)).words).toBe(6);
  });

  it("stores the demo seed's posts rendered", async () => {
    await seedDemo(db);
    const posts = await db.post.findMany({ select: { id: true } });
    expect(posts.length).toBeGreaterThan(0);
    for (const { id } of posts) await expectFresh(id);
  });

  it("sanitizes script, event handlers and javascript: links in the stored HTML", async () => {
    const { assignment, alice } = await discussion();
    for (const body of XSS_SOURCES) {
      const { id } = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body });
      expect((await expectFresh(id)).bodyHtml).not.toMatch(UNSAFE_HTML);
    }
  });

  it("shows posts not yet backfilled by rendering them on read", async () => {
    const { assignment, alice, section } = await discussion();
    await createPost({ assignmentId: assignment.id, sectionId: section.id, authorId: alice.id, body: "Old *row*" });
    const page = await listResponses(alice.id, assignment.id, 1);
    expect(page.responses[0]).toMatchObject({ body: "Old *row*", html: "<p>Old <em>row</em></p>" });
  });

  it("backfills rows with no HTML or an older version, in batches, and does nothing the second time", async () => {
    const { assignment, alice, section } = await discussion();
    const missing = await createPost({ assignmentId: assignment.id, sectionId: section.id, authorId: alice.id, body: "No *HTML* yet" });
    const outdated = await createPost({ assignmentId: assignment.id, sectionId: section.id, authorId: alice.id, body: "**Old** renderer" });
    await db.post.update({ where: { id: outdated.id }, data: { bodyHtml: "<p>stale</p>", bodyHtmlVersion: RENDERER_VERSION - 1, words: 99 } });
    // Until the backfill, reads count the body instead of trusting an old or missing count.
    expect(postWords(await stored(outdated.id))).toBe(2);
    expect(postWords(await stored(missing.id))).toBe(3);
    const stale = await db.post.count({ where: { OR: [{ bodyHtmlVersion: null }, { bodyHtmlVersion: { lt: RENDERER_VERSION } }] } });
    expect(await renderStalePosts(db, 1)).toBe(stale);
    await expectFresh(missing.id);
    await expectFresh(outdated.id);
    expect(await renderStalePosts(db, 1)).toBe(0);
  });
});
