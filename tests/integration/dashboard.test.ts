import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/dashboard";
import { dashboardCsv } from "@/lib/dashboard/dashboard-csv";
import { parseSort } from "@/lib/dashboard/columns";
import { loadPostsPerHour } from "@/lib/dashboard/activity-queries";
import { createModeratedClass, createResponseRow, type ModeratedClass } from "@/tests/factories/moderation";
import { createResponse } from "@/lib/discussion/create-post";
import { createKindReply, createStanceResponse } from "@/tests/factories/debate";
import { hoursFromNow } from "@/tests/factories/assignments";
import { createMember } from "@/tests/setup/factories";
import { updateGradingSettings } from "@/lib/grading/settings";
import { saveGrade } from "@/lib/grading/grades";
import { participationSettings } from "@/tests/factories/grading";

// The teacher's dashboard: counts from published posts only, labels that follow the anonymity mode
// when projected, what needs attention, and only the class's teachers and TAs may open it.
let world: ModeratedClass;
beforeAll(async () => {
  world = await createModeratedClass({ assignment: { anonymity: "ANONYMOUS" } });
  await db.assignment.update({ where: { id: world.assignment.id }, data: { dueAt: hoursFromNow(24), thesis: "A thesis." } });
  // Alice: a quoted evidence response with two sources, answered by Bob; a question nobody answered.
  const evidence = await createStanceResponse(world, world.alice.id, {
    kind: "EVIDENCE",
    stance: "SUPPORTS",
    body: "Four words here, https://example.org/x surely.",
    quote: { start: 0, end: 7, text: "Section" },
  });
  await db.postSource.createMany({
    data: [
      { postId: evidence.id, position: 0, title: "One", url: "https://example.org/1" },
      { postId: evidence.id, position: 1, title: "Two", url: "https://example.org/2" },
    ],
  });
  await createKindReply(evidence, world.bob.id, { replyKind: "COUNTER", body: "I disagree with don't-know at all." });
  await createStanceResponse(world, world.alice.id, { kind: "QUESTION", body: "Why then?", position: 2 });
  // Bob: an unanswered challenge, and a hidden response that counts for nothing.
  await createStanceResponse(world, world.bob.id, { stance: "CHALLENGES", body: "Not so." });
  const hidden = await createStanceResponse(world, world.bob.id, { status: "HIDDEN", body: "Hidden words here." });
  await db.report.create({ data: { postId: hidden.id, reporterId: world.alice.id, reason: "rude" } });
  // Carol: only a post awaiting approval, so she has not started.
  await createStanceResponse(world, world.carol.id, { status: "PENDING" });
  await db.pollAnswer.createMany({
    data: [
      { assignmentId: world.assignment.id, userId: world.alice.id, round: "BEFORE", rating: 2 },
      { assignmentId: world.assignment.id, userId: world.alice.id, round: "AFTER", rating: 4 },
    ],
  });
});

const rowOf = (dashboard: Awaited<ReturnType<typeof getDashboard>>, name: string) => dashboard!.students.find((row) => row.label === name)!;

describe("the dashboard", () => {
  it("counts each student's published posts, replies given and received, words, quotes, sources and stance", async () => {
    const dashboard = await getDashboard(world.teacher.id, world.assignment.id);
    expect(dashboard!.students.map((row) => row.label).sort()).toEqual([world.alice.name, world.bob.name, world.carol.name].sort());
    expect(rowOf(dashboard, world.alice.name)).toMatchObject({
      email: world.alice.email,
      responses: 2,
      repliesGiven: 0,
      repliesReceived: 1,
      // "Four words here surely" + "Why then": the web address is not a word.
      words: 6,
      quotes: 1,
      sources: 2,
      stanceBefore: 2,
      stanceAfter: 4,
      score: null,
    });
    // "I disagree with don't-know at all" + "Not so": "don't-know" is one word, as countWords counts
    // it; the hidden response counts nowhere.
    expect(rowOf(dashboard, world.bob.name)).toMatchObject({ responses: 1, repliesGiven: 1, repliesReceived: 0, words: 8, quotes: 0, sources: 0 });
    expect(rowOf(dashboard, world.carol.name)).toMatchObject({ responses: 0, repliesGiven: 0, words: 0, lastActive: null });
    expect(dashboard!.sections.map((s) => [s.responses, s.replies])).toEqual([[2, 1], [1, 0], [0, 0]]);
    expect(dashboard!.timeline.buckets.reduce((sum, b) => sum + b.responses + b.replies, 0)).toBe(4);
  });

  it("sorts on the server by the column asked for", async () => {
    const byWords = await getDashboard(world.teacher.id, world.assignment.id, { sort: parseSort("words", "desc") });
    expect(byWords!.students.map((row) => row.words)).toEqual([8, 6, 0]);
    const ascending = await getDashboard(world.teacher.id, world.assignment.id, { sort: parseSort("words", "asc") });
    expect(ascending!.students.map((row) => row.words)).toEqual([0, 6, 8]);
    expect(parseSort("nonsense", "up")).toEqual({ key: "student", direction: "asc" });
  });

  it("draws who replies to whom, with names for the teacher and none when projected in an anonymous discussion", async () => {
    const own = await getDashboard(world.teacher.id, world.assignment.id);
    expect(own!.network.links.map((link) => [link.fromLabel, link.toLabel, link.count])).toEqual([[world.bob.name, world.alice.name, 1]]);
    const projected = await getDashboard(world.teacher.id, world.assignment.id, { projecting: true });
    const shown = JSON.stringify(projected);
    for (const student of [world.alice, world.bob, world.carol]) {
      expect(shown).not.toContain(student.name);
      expect(shown).not.toContain(student.email);
    }
    expect(projected!.network.nodes.map((node) => node.label)).toEqual(expect.arrayContaining(["Anonymous 1", "Anonymous 2", "Anonymous 3"]));
    expect(projected!.network.links).toHaveLength(1);
  });

  it("uses the pseudonyms classmates see when the discussion is pseudonymous", async () => {
    await db.assignment.update({ where: { id: world.assignment.id }, data: { anonymity: "PSEUDONYMOUS" } });
    try {
      const projected = await getDashboard(world.teacher.id, world.assignment.id, { projecting: true });
      const pseudonyms = await db.pseudonym.findMany({ where: { assignmentId: world.assignment.id }, select: { label: true } });
      expect(projected!.students.map((row) => row.label).sort()).toEqual(pseudonyms.map((p) => p.label).sort());
      expect(JSON.stringify(projected)).not.toContain(world.alice.name);
    } finally {
      await db.assignment.update({ where: { id: world.assignment.id }, data: { anonymity: "ANONYMOUS" } });
    }
  });

  it("lists what needs attention: unanswered questions and challenges, reports, approvals, students not started", async () => {
    const { attention } = (await getDashboard(world.teacher.id, world.assignment.id))!;
    expect(attention.unanswered.count).toBe(2);
    expect(attention.unanswered.posts.map((post) => post.what).sort()).toEqual(["Challenges", "Question"]);
    expect(attention.unanswered.posts[0]!.href).toMatch(/^\/posts\//);
    expect(attention.reported).toBe(1);
    expect(attention.pending).toBe(1);
    expect(attention.notStarted).toEqual([world.carol.name]);
    // A week before the due time, nobody is chased yet.
    const early = await getDashboard(world.teacher.id, world.assignment.id, { now: hoursFromNow(-24 * 7) });
    expect(early!.attention.notStarted).toBeNull();
  });

  it("exports the table as CSV with emails", async () => {
    const csv = dashboardCsv((await getDashboard(world.teacher.id, world.assignment.id))!);
    const [header, ...rows] = csv.trim().split("\r\n");
    expect(header).toBe("Student,Email,Responses,Replies given,Replies received,Words,Quotes,Sources,Stance before,Stance after,Last active,Score");
    expect(rows.find((row) => row.includes(world.alice.email))).toContain(",2,0,1,6,1,2,2 (Disagree),4 (Agree),");
  });

  it("is for the class's teachers and TAs: students, outsiders and unknown users get nothing", async () => {
    expect(await getDashboard(world.ta.id, world.assignment.id)).not.toBeNull();
    for (const userId of [world.alice.id, world.outsider.id, world.unknownUserId]) {
      expect(await getDashboard(userId, world.assignment.id)).toBeNull();
    }
    expect(await getDashboard(world.teacher.id, "nosuchassignment")).toBeNull();
  });

  it("shows the teacher each student's grade, and neither TAs nor the projector", async () => {
    await updateGradingSettings(world.teacher.id, participationSettings(world.assignment.id));
    await saveGrade(world.teacher.id, { assignmentId: world.assignment.id, studentId: world.bob.id, overridePoints: "7", overrideReason: "Strong replies" });
    try {
      expect(rowOf(await getDashboard(world.teacher.id, world.assignment.id), world.bob.name).score).toBe(7);
      expect(rowOf(await getDashboard(world.ta.id, world.assignment.id), world.bob.name).score).toBeNull();
      // A class that lets its TAs grade shows them the scores too.
      await db.classroom.update({ where: { id: world.classroom.id }, data: { tasMayGrade: true } });
      expect(rowOf(await getDashboard(world.ta.id, world.assignment.id), world.bob.name).score).toBe(7);
      const projected = await getDashboard(world.teacher.id, world.assignment.id, { projecting: true });
      expect(projected!.students.every((row) => row.score === null)).toBe(true);
    } finally {
      await db.grade.deleteMany({ where: { assignmentId: world.assignment.id } });
      await db.assignmentGrading.deleteMany({ where: { assignmentId: world.assignment.id } });
      await db.classroom.update({ where: { id: world.classroom.id }, data: { tasMayGrade: false } });
    }
  });

  it("sums the stored word counts, which count as the requirements do, and counts rows not yet backfilled", async () => {
    const other = await createModeratedClass();
    // Written through the app: words stored. Each Chinese character is a word, as countWords says.
    await createResponse(other.alice.id, { assignmentId: other.assignment.id, position: 1, body: "我們討論 the **war**" });
    // Written straight to the table, as before the column existed: counted from its body.
    await createResponseRow(other, other.alice.id, { body: "An old row" });
    expect(rowOf(await getDashboard(other.teacher.id, other.assignment.id), other.alice.name).words).toBe(6 + 3);
  });

  it("falls back to UTC for a time zone it does not know, instead of failing", async () => {
    const inUtc = await getDashboard(world.teacher.id, world.assignment.id, { timeZone: "UTC" });
    for (const timeZone of ["Mars/Olympus_Mons", "Not a zone'; --", ""]) {
      expect((await getDashboard(world.teacher.id, world.assignment.id, { timeZone }))!.timeline).toEqual(inUtc!.timeline);
    }
    // A name that reaches PostgreSQL and is not in its zone database (as when the browser's is
    // newer): the statement is retried in UTC.
    expect(await loadPostsPerHour(world.assignment.id, "Mars/Olympus_Mons")).toEqual(await loadPostsPerHour(world.assignment.id, "UTC"));
    expect((await getDashboard(world.teacher.id, world.assignment.id, { timeZone: "Asia/Kolkata" }))!.timeline.buckets.length).toBeGreaterThan(0);
  });

  it("reads the same number of statements whatever the class's size", async () => {
    const statements = async (teacherId: string, assignmentId: string) => {
      const spy = vi.spyOn(pg.Client.prototype, "query");
      try {
        expect(await getDashboard(teacherId, assignmentId)).not.toBeNull();
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const bigger = await createModeratedClass();
    for (let index = 0; index < 12; index++) {
      const { user } = await createMember(bigger.classroom, "STUDENT");
      const response = await createStanceResponse(bigger, user.id, { stance: "CHALLENGES", position: (index % 3) + 1 });
      await createKindReply(response, bigger.alice.id);
    }
    const small = await statements(world.teacher.id, world.assignment.id);
    expect(small).toBeGreaterThan(0);
    expect(await statements(bigger.teacher.id, bigger.assignment.id)).toBe(small);
  });
});
