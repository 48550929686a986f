import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { deletePost, editPost } from "@/lib/discussion/change-post";
import { getSectionView } from "@/lib/sections/section-view";
import { listResponses } from "@/lib/discussion/list-responses";
import { RESPONSES_PER_PAGE } from "@/lib/discussion/list-responses";
import { POST_MAX_LENGTH } from "@/lib/discussion/limits";
import { createClassroom, createMember, createUser } from "@/tests/setup/factories";
import { createAssignment, createPost, createReading } from "@/tests/factories/readings";

async function discussion() {
  const classroom = await createClassroom();
  const reading = await createReading({ sectionCount: 3 });
  const assignment = await createAssignment(classroom, reading);
  const { user: teacher } = await createMember(classroom, "TEACHER");
  const { user: alice } = await createMember(classroom, "STUDENT");
  const { user: bob } = await createMember(classroom, "STUDENT");
  return { classroom, reading, assignment, teacher, alice, bob, section: reading.sections[2]! };
}

describe("posting", () => {
  it("lets a member respond in a section and reply to a response", async () => {
    const { assignment, alice, bob, section } = await discussion();
    const response = await createResponse(alice.id, { assignmentId: assignment.id, position: "3", body: "  A *claim*  " });
    const reply = await createReply(bob.id, { parentId: response.id, body: "A counter" });
    const rows = await db.post.findMany({ where: { assignmentId: assignment.id }, orderBy: { createdAt: "asc" } });
    expect(rows).toMatchObject([
      { id: response.id, sectionId: section.id, authorId: alice.id, parentId: null, body: "A *claim*" },
      { id: reply.id, sectionId: section.id, authorId: bob.id, parentId: response.id },
    ]);
  });

  it("attaches a reply to a reply to the same response's thread", async () => {
    const { assignment, alice, bob } = await discussion();
    const response = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Response" });
    const reply = await createReply(bob.id, { parentId: response.id, body: "Reply" });
    const nested = await createReply(alice.id, { parentId: reply.id, body: "Reply to reply" });
    expect((await db.post.findUniqueOrThrow({ where: { id: nested.id } })).parentId).toBe(response.id);
  });

  it.each([
    ["empty", "   ", "Write something before posting."],
    ["too long", "x".repeat(POST_MAX_LENGTH + 1), "Keep posts under 10,000 characters."],
  ])("rejects an %s post with a clear message and writes nothing", async (_label, body, message) => {
    const { assignment, alice } = await discussion();
    await expect(createResponse(alice.id, { assignmentId: assignment.id, position: 1, body })).rejects.toMatchObject({
      code: "INVALID",
      message,
    });
    expect(await db.post.count({ where: { assignmentId: assignment.id } })).toBe(0);
  });

  it("accepts a post of exactly the limit", async () => {
    const { assignment, alice } = await discussion();
    const body = "y".repeat(POST_MAX_LENGTH);
    await expect(createResponse(alice.id, { assignmentId: assignment.id, position: 1, body })).resolves.toHaveProperty("id");
  });

  it("answers not found for unknown ids and sections, and for non-members", async () => {
    const { assignment, alice } = await discussion();
    const outsider = await createUser();
    const response = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Mine" });
    const notFound = { code: "NOT_FOUND" };
    await expect(createResponse(alice.id, { assignmentId: assignment.id, position: 99, body: "x" })).rejects.toMatchObject(notFound);
    await expect(createResponse(alice.id, { assignmentId: "nosuchassignment", position: 1, body: "x" })).rejects.toMatchObject(notFound);
    await expect(createResponse(outsider.id, { assignmentId: assignment.id, position: 1, body: "x" })).rejects.toMatchObject(notFound);
    await expect(createReply(outsider.id, { parentId: response.id, body: "x" })).rejects.toMatchObject(notFound);
    await expect(createReply(alice.id, { parentId: "nosuchpost", body: "x" })).rejects.toMatchObject(notFound);
    await expect(createResponse(alice.id, { assignmentId: "bad id!", position: 1, body: "x" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.post.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });

  it("keeps two classes' discussions of the same reading apart", async () => {
    const { reading, assignment, alice } = await discussion();
    const otherClass = await createClassroom();
    const otherAssignment = await createAssignment(otherClass, reading);
    const { user: carol } = await createMember(otherClass);
    await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Class A's view" });
    await createResponse(carol.id, { assignmentId: otherAssignment.id, position: 1, body: "Class B's view" });
    const seenByAlice = await listResponses(alice.id, assignment.id, 1);
    const seenByCarol = await listResponses(carol.id, otherAssignment.id, 1);
    expect(seenByAlice.responses.map((r) => r.body)).toEqual(["Class A's view"]);
    expect(seenByCarol.responses.map((r) => r.body)).toEqual(["Class B's view"]);
    await expect(listResponses(carol.id, assignment.id, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("editing and deleting", () => {
  it("lets an author edit their post, which is then marked edited", async () => {
    const { assignment, alice } = await discussion();
    const { id } = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "First draft" });
    await editPost(alice.id, { postId: id, body: "Second draft" });
    const page = await listResponses(alice.id, assignment.id, 1);
    expect(page.responses[0]).toMatchObject({ body: "Second draft", edited: true, canEdit: true });
  });

  it("forbids editing or deleting someone else's post, teacher included", async () => {
    const { assignment, alice, bob, teacher } = await discussion();
    const { id } = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Alice's" });
    for (const user of [bob, teacher]) {
      await expect(editPost(user.id, { postId: id, body: "Hijacked" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deletePost(user.id, { postId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const outsider = await createUser();
    await expect(editPost(outsider.id, { postId: id, body: "Hijacked" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.post.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: "Alice's", editedAt: null, status: "PUBLISHED" });
    const page = await listResponses(bob.id, assignment.id, 1);
    expect(page.responses[0]).toMatchObject({ canEdit: false, canDelete: false });
  });

  it("rejects an empty edit and keeps the post", async () => {
    const { assignment, alice } = await discussion();
    const { id } = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Keep me" });
    await expect(editPost(alice.id, { postId: id, body: "" })).rejects.toMatchObject({ code: "INVALID" });
    expect((await db.post.findUniqueOrThrow({ where: { id } })).body).toBe("Keep me");
  });

  it("soft-deletes: a response with replies stays as a placeholder, one without disappears", async () => {
    const { assignment, alice, bob } = await discussion();
    const lonely = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Lonely" });
    const answered = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Answered" });
    await createReply(bob.id, { parentId: answered.id, body: "A reply" });
    await deletePost(alice.id, { postId: lonely.id });
    await deletePost(alice.id, { postId: answered.id });
    expect((await db.post.findUniqueOrThrow({ where: { id: lonely.id } })).status).toBe("DELETED");
    const page = await listResponses(bob.id, assignment.id, 1);
    expect(page.responses).toHaveLength(1);
    expect(page.responses[0]).toMatchObject({ id: answered.id, deleted: true, body: null, author: { name: "Deleted" } });
    expect(page.responses[0]?.replies.map((r) => r.body)).toEqual(["A reply"]);
    await expect(createReply(bob.id, { parentId: answered.id, body: "Too late" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("pages past deleted responses without gaps or repeats, even when a page lists fewer", async () => {
    const { assignment, reading, alice, bob } = await discussion();
    const base = Date.now() - 3_600_000;
    const rows = await Promise.all(
      Array.from({ length: RESPONSES_PER_PAGE + 5 }, (_, i) =>
        db.post.create({
          data: {
            assignmentId: assignment.id,
            sectionId: reading.sections[0]!.id,
            authorId: alice.id,
            body: `Response ${i}`,
            createdAt: new Date(base + i * 1000),
            // The eight newest were deleted by their author, with nothing hanging off them.
            status: i >= RESPONSES_PER_PAGE - 3 ? "DELETED" : "PUBLISHED",
          },
        }),
      ),
    );
    const first = await listResponses(bob.id, assignment.id, 1);
    expect(first.responses).toHaveLength(RESPONSES_PER_PAGE - 8);
    expect(first.nextCursor).not.toBeNull();
    const second = await listResponses(bob.id, assignment.id, 1, first.nextCursor);
    const seen = [...first.responses, ...second.responses].map((response) => response.body);
    expect(seen).toEqual(rows.filter((row) => row.status === "PUBLISHED").reverse().map((row) => row.body));
    expect(second.nextCursor).toBeNull();
  });
});

describe("reading a section", () => {
  it("pages through responses newest first by cursor, without gaps or repeats", async () => {
    const { assignment, alice, bob, section } = await discussion();
    const total = RESPONSES_PER_PAGE * 2 + 5;
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < total; i++) {
      // Pairs share a timestamp, so the id must break ties.
      await createPost({ assignmentId: assignment.id, sectionId: section.id, authorId: alice.id, body: `#${i}`, createdAt: new Date(base + Math.floor(i / 2) * 1000) });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listResponses(bob.id, assignment.id, 3, cursor);
      seen.push(...page.responses.map((r) => r.body!));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(total);
    expect(seen[0]).toMatch(/^#4[34]$/);
    expect(seen.at(-1)).toMatch(/^#[01]$/);
  });

  it("treats a malformed cursor as the first page", async () => {
    const { assignment, alice } = await discussion();
    await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Only one" });
    const page = await listResponses(alice.id, assignment.id, 1, "not-a-cursor");
    expect(page.responses.map((r) => r.body)).toEqual(["Only one"]);
  });

  it("shows the section, question and counts to members, nothing to outsiders", async () => {
    const { assignment, alice, bob } = await discussion();
    const outsider = await createUser();
    const { id } = await createResponse(alice.id, { assignmentId: assignment.id, position: 2, body: "Hello" });
    await createReply(bob.id, { parentId: id, body: "Hi" });
    const view = await getSectionView(bob.id, assignment.id, 2);
    expect(view).toMatchObject({
      section: { position: 2, body: "Section 2 text.", question: "Question 2?" },
      previousPosition: 1,
      nextPosition: 3,
      responseCount: 1,
      canPost: true,
      role: "STUDENT",
    });
    expect((await view?.page)?.responses[0]?.replies[0]).toMatchObject({ body: "Hi", author: { isViewer: true } });
    expect(await getSectionView(outsider.id, assignment.id, 2)).toBeNull();
    expect(await getSectionView(bob.id, assignment.id, 4)).toBeNull();
    expect(await getSectionView(bob.id, assignment.id, Number.NaN)).toBeNull();
  });

  it("shows only the sections the assignment includes, and navigates over the others", async () => {
    const classroom = await createClassroom();
    const reading = await createReading({ sectionCount: 4 });
    const [first, , third] = reading.sections;
    const assignment = await createAssignment(classroom, reading, { sections: [first!, third!] });
    const { user } = await createMember(classroom);
    expect(await getSectionView(user.id, assignment.id, 1)).toMatchObject({ previousPosition: null, nextPosition: 3 });
    expect(await getSectionView(user.id, assignment.id, 2)).toBeNull();
    await expect(createResponse(user.id, { assignmentId: assignment.id, position: 2, body: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("sends no author id or email to the browser", async () => {
    const { assignment, alice, bob } = await discussion();
    const { id } = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Visible" });
    await createReply(alice.id, { parentId: id, body: "Also visible" });
    const view = await getSectionView(bob.id, assignment.id, 1);
    const serialized = JSON.stringify({ ...view, page: await view?.page });
    expect(serialized).toContain(alice.name);
    expect(serialized).not.toContain(alice.id);
    expect(serialized).not.toContain(alice.email);
  });
});
