import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { getSectionView } from "@/lib/sections/section-view";
import { listResponses } from "@/lib/discussion/list-responses";
import { getReadingOverview } from "@/lib/readings/queries";
import { reportPost } from "@/lib/moderation/report-post";
import { getModerationSettings, updateAssignmentSettings } from "@/lib/moderation/settings";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import type { Section } from "@/lib/generated/prisma/client";
import { createClassroom, createMember } from "@/tests/setup/factories";

// Post-first: a student sees classmates' posts in a section only after responding there. Every
// read a student's page or the JSON route makes is checked, and everything it returns is
// serialized and searched for the classmates' post ids, words and names.

const BODY = "The war began in June. Both sides tell it differently. Sources disagree.";
const QUOTE = { quoteStart: 0, quoteEnd: 22, quoteText: "The war began in June." };

async function world(options: { postFirst?: boolean; approvalRequired?: boolean; stanceRequired?: boolean } = {}) {
  const classroom = await createClassroom();
  const reading = await db.reading.create({
    data: {
      title: "Contested",
      sections: { create: [1, 2, 3].map((position) => ({ position, body: BODY, question: `Question ${position}?` })) },
    },
    include: { sections: { orderBy: { position: "asc" } } },
  });
  const assignment = await db.assignment.create({
    data: {
      classroomId: classroom.id,
      readingId: reading.id,
      postFirst: options.postFirst ?? true,
      approvalRequired: options.approvalRequired ?? null,
      stanceRequired: options.stanceRequired ?? false,
      sections: { create: reading.sections.map(({ id }) => ({ sectionId: id })) },
    },
  });
  const [teacher, ta, alice, bob, carol] = await Promise.all([
    createMember(classroom, "TEACHER"),
    createMember(classroom, "TA"),
    createMember(classroom, "STUDENT", { name: "Alice Reader" }),
    createMember(classroom, "STUDENT", { name: "Bobby Tablesworth" }),
    createMember(classroom, "STUDENT", { name: "Carolina Quillfeather" }),
  ]);
  const [s1, s2, s3] = reading.sections as [Section, Section, Section];
  const post = (authorId: string, sectionId: string, body: string, data: { parentId?: string; quote?: boolean } = {}) =>
    db.post.create({
      data: { assignmentId: assignment.id, sectionId, authorId, body, parentId: data.parentId, ...(data.quote ? QUOTE : {}) },
    });
  // Classmates' posts: a quoting response and a reply in section 1, a response in section 2.
  const bobS1 = await post(bob.user.id, s1.id, "Bob's secret take on section one", { quote: true });
  const carolReply = await post(carol.user.id, s1.id, "Carol's secret reply", { parentId: bobS1.id, quote: true });
  const bobS2 = await post(bob.user.id, s2.id, "Bob's secret take on section two", { quote: true });
  return {
    classroom,
    assignment,
    s1,
    s2,
    s3,
    teacher: teacher.user,
    ta: ta.user,
    alice: alice.user,
    bob: bob.user,
    carol: carol.user,
    s1Secrets: [bobS1.id, bobS1.body, carolReply.id, carolReply.body, "Bobby Tablesworth", "Carolina Quillfeather"],
    s2Secrets: [bobS2.id, bobS2.body, "Bobby Tablesworth"],
    bobS1,
    carolReply,
    bobS2,
  };
}
type World = Awaited<ReturnType<typeof world>>;

// Everything a section's page and the JSON route hand to this viewer, with the quoted passage open.
async function sectionReads(w: World, userId: string, position: number) {
  const view = await getSectionView(userId, w.assignment.id, position, { passage: { start: QUOTE.quoteStart, end: QUOTE.quoteEnd } });
  expect(view).not.toBeNull();
  const page = await view!.page;
  const listed = await listResponses(userId, w.assignment.id, position);
  const overview = await getReadingOverview(userId, w.assignment.id);
  return { view: { ...view!, page }, page, listed, overview, serialized: JSON.stringify([{ ...view!, page }, listed, overview]) };
}

const postIds = (page: { responses: { id: string; replies: { id: string }[] }[] }) => page.responses.flatMap((r) => [r.id, ...r.replies.map((reply) => reply.id)]);

function expectHidden(reads: Awaited<ReturnType<typeof sectionReads>>, secrets: string[]) {
  for (const secret of secrets) expect(reads.serialized).not.toContain(secret);
}

async function respond(w: World, userId: string, position: number, body = "My own response here") {
  return createResponse(userId, { assignmentId: w.assignment.id, position, body, stance: "CHALLENGES" });
}

describe("post-first hides classmates' posts until the student responds in that section", () => {
  it("shows a student who has not responded no post, count, heat, quoting post or name, on every read path", async () => {
    const w = await world();
    const reads = await sectionReads(w, w.alice.id, 1);
    expect(reads.view.onlyOwn).toBe(true);
    expect(reads.view.responseCount).toBe(0);
    expect(reads.page.responses).toEqual([]);
    expect(reads.listed).toEqual({ responses: [], nextCursor: null });
    expect(reads.view.passages.heat).toEqual([]);
    expect(reads.view.openPassage?.posts).toEqual([]);
    expect(reads.overview?.sections.map((s) => s.responseCount)).toEqual([null, null, null]);
    expectHidden(reads, [...w.s1Secrets, ...w.s2Secrets]);
    // Neither can they answer (or learn of) what they may not see.
    for (const parentId of [w.bobS1.id, w.carolReply.id]) {
      await expect(createReply(w.alice.id, { parentId, body: "I disagree" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(reportPost(w.alice.id, { postId: parentId, reason: "Off topic" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.report.count()).toBe(0);
    expect(await db.post.count({ where: { authorId: w.alice.id } })).toBe(0);
  });

  it("lifts the gate for that section once the student responds, but not for another section", async () => {
    const w = await world();
    const own = await respond(w, w.alice.id, 1);
    const s1 = await sectionReads(w, w.alice.id, 1);
    expect(s1.view.onlyOwn).toBe(false);
    expect(postIds(s1.page).sort()).toEqual([own.id, w.bobS1.id, w.carolReply.id].sort());
    expect(postIds(s1.listed).sort()).toEqual(postIds(s1.page).sort());
    expect(s1.view.responseCount).toBe(2);
    expect(s1.view.passages.heat).toEqual([{ start: 0, end: 22, count: 2 }]);
    expect(s1.view.openPassage?.posts.map((p) => p.id).sort()).toEqual([w.bobS1.id, w.carolReply.id].sort());
    expect(s1.serialized).toContain("Bobby Tablesworth");
    expect(s1.overview?.sections.map((s) => s.responseCount)).toEqual([2, null, null]);
    await expect(createReply(w.alice.id, { parentId: w.bobS1.id, body: "Now I can answer" })).resolves.toMatchObject({ status: "PUBLISHED" });
    await expect(reportPost(w.alice.id, { postId: w.bobS1.id, reason: "Off topic" })).resolves.toEqual({ autoHidden: false });

    const s2 = await sectionReads(w, w.alice.id, 2);
    expect(s2.view.onlyOwn).toBe(true);
    expect(s2.page.responses).toEqual([]);
    expect(s2.view.responseCount).toBe(0);
    expect(s2.view.passages.heat).toEqual([]);
    expectHidden(s2, [w.bobS2.id, w.bobS2.body]);
  });

  it("lifts the gate while the student's response waits for approval", async () => {
    const w = await world({ approvalRequired: true });
    const own = await respond(w, w.alice.id, 1);
    expect(own.status).toBe("PENDING");
    const s1 = await sectionReads(w, w.alice.id, 1);
    expect(s1.view.onlyOwn).toBe(false);
    expect(postIds(s1.page).sort()).toEqual([own.id, w.bobS1.id, w.carolReply.id].sort());
    expect(s1.view.openPassage?.posts.map((p) => p.id).sort()).toEqual([w.bobS1.id, w.carolReply.id].sort());
    // Published responses only: Bob's, not Alice's pending one.
    expect(s1.overview?.sections.map((s) => s.responseCount)).toEqual([1, null, null]);
    expectHidden(await sectionReads(w, w.alice.id, 2), [w.bobS2.id, w.bobS2.body]);
  });

  it.each<PostStatus>(["REJECTED", "HIDDEN", "DELETED"])("does not lift the gate for a %s response of the student's own", async (status) => {
    const w = await world();
    const own = await db.post.create({
      data: { assignmentId: w.assignment.id, sectionId: w.s1.id, authorId: w.alice.id, body: "Turned down", status, moderationReason: "r" },
    });
    const reads = await sectionReads(w, w.alice.id, 1);
    expect(reads.view.onlyOwn).toBe(true);
    // Her own post, while it awaits a decision, is all she sees.
    expect(postIds(reads.page)).toEqual(status === "DELETED" ? [] : [own.id]);
    expect(reads.view.passages.heat).toEqual([]);
    expect(reads.overview?.sections[0]?.responseCount).toBeNull();
    expectHidden(reads, w.s1Secrets);
    await expect(createReply(w.alice.id, { parentId: w.bobS1.id, body: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows teachers and TAs everything without posting", async () => {
    const w = await world();
    for (const staff of [w.teacher, w.ta]) {
      const reads = await sectionReads(w, staff.id, 1);
      expect(reads.view.onlyOwn).toBe(false);
      expect(postIds(reads.page).sort()).toEqual([w.bobS1.id, w.carolReply.id].sort());
      expect(reads.view.responseCount).toBe(1);
      expect(reads.view.passages.heat).toEqual([{ start: 0, end: 22, count: 2 }]);
      expect(reads.view.openPassage?.posts).toHaveLength(2);
      expect(reads.overview?.sections.map((s) => s.responseCount)).toEqual([1, 1, 0]);
      expect(reads.serialized).toContain("Carolina Quillfeather");
    }
  });

  it("shows a student everything when post-first is off", async () => {
    const w = await world({ postFirst: false });
    const reads = await sectionReads(w, w.alice.id, 1);
    expect(reads.view.onlyOwn).toBe(false);
    expect(postIds(reads.page).sort()).toEqual([w.bobS1.id, w.carolReply.id].sort());
    expect(reads.view.passages.heat).toEqual([{ start: 0, end: 22, count: 2 }]);
    expect(reads.overview?.sections.map((s) => s.responseCount)).toEqual([1, 1, 0]);
    await expect(createReply(w.alice.id, { parentId: w.bobS1.id, body: "Reply" })).resolves.toHaveProperty("id");
  });

  it("hides classmates' posts again when a teacher turns post-first on after the discussion started", async () => {
    const w = await world({ postFirst: false });
    expect(postIds((await sectionReads(w, w.alice.id, 1)).page)).toHaveLength(2);
    await updateAssignmentSettings(w.teacher.id, { assignmentId: w.assignment.id, approvalRequired: "inherit", anonymity: "inherit", slowModeSeconds: "0", postFirst: "on" });
    expectHidden(await sectionReads(w, w.alice.id, 1), w.s1Secrets);
  });
});

describe("stance required", () => {
  it("refuses a student's response without a stance, writing nothing; accepts one with a stance", async () => {
    const w = await world({ postFirst: false, stanceRequired: true });
    const input = { assignmentId: w.assignment.id, position: 3, body: "No stance here" };
    for (const stance of [undefined, ""]) {
      await expect(createResponse(w.alice.id, { ...input, stance })).rejects.toMatchObject({
        code: "INVALID",
        fieldErrors: { stance: [expect.stringMatching(/stance/)] },
      });
    }
    expect(await db.post.count({ where: { authorId: w.alice.id } })).toBe(0);
    const ok = await createResponse(w.alice.id, { ...input, stance: "COMPLICATES" });
    expect(await db.post.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ stance: "COMPLICATES", sectionId: w.s3.id });
  });

  it("exempts teachers and replies, and asks nothing when the setting is off", async () => {
    const w = await world({ postFirst: false, stanceRequired: true });
    const teacherPost = await createResponse(w.teacher.id, { assignmentId: w.assignment.id, position: 1, body: "Prompt without a stance" });
    expect(teacherPost.status).toBe("PUBLISHED");
    await expect(createReply(w.alice.id, { parentId: teacherPost.id, body: "A reply takes no stance" })).resolves.toHaveProperty("id");
    const off = await world({ postFirst: false });
    await expect(createResponse(off.alice.id, { assignmentId: off.assignment.id, position: 1, body: "No stance" })).resolves.toHaveProperty("id");
  });
});

describe("teachers set post-first and stance required per assignment", () => {
  it("saves both, shows them in the settings and audits the change in the same transaction", async () => {
    const w = await world({ postFirst: false });
    const base = { assignmentId: w.assignment.id, approvalRequired: "inherit", anonymity: "inherit", slowModeSeconds: "0" };
    await updateAssignmentSettings(w.teacher.id, { ...base, postFirst: "on", stanceRequired: "on" });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: w.assignment.id } })).toMatchObject({ postFirst: true, stanceRequired: true });
    expect((await getModerationSettings(w.teacher.id, w.classroom.id))?.assignments[0]).toMatchObject({ postFirst: true, stanceRequired: true });
    // Unchecked boxes are absent from the form: both off again.
    await updateAssignmentSettings(w.teacher.id, base);
    expect(await db.assignment.findUniqueOrThrow({ where: { id: w.assignment.id } })).toMatchObject({ postFirst: false, stanceRequired: false });
    const audit = await db.auditEntry.findMany({ where: { classroomId: w.classroom.id, action: "CHANGE_SETTINGS" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.actorId, entry.reason?.replace(/^.*slow mode off; /, "")])).toEqual([
      [w.teacher.id, "post first on; stance required"],
      [w.teacher.id, "post first off; stance optional"],
    ]);
  });

  it("refuses TAs and students, writing nothing", async () => {
    const w = await world({ postFirst: false });
    for (const user of [w.ta, w.alice]) {
      await expect(
        updateAssignmentSettings(user.id, { assignmentId: w.assignment.id, approvalRequired: "inherit", anonymity: "inherit", slowModeSeconds: "0", postFirst: "on" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.assignment.findUniqueOrThrow({ where: { id: w.assignment.id } })).toMatchObject({ postFirst: false });
    expect(await db.auditEntry.count({ where: { classroomId: w.classroom.id } })).toBe(0);
  });
});
