import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createRubric, deleteRubric, getRubric, listRubrics, updateRubric } from "@/lib/grading/rubrics";
import { getGradingSettings, updateGradingSettings } from "@/lib/grading/settings";
import { getModerationSettings, updateClassSettings } from "@/lib/moderation/settings";
import { assignmentScores, saveGrade, setGradesReleased } from "@/lib/grading/grades";
import { getGradingView, POSTS_PER_PAGE, REPLIES_SHOWN } from "@/lib/grading/grading-view";
import { getOwnGrade } from "@/lib/grading/own-grade";
import { exportGradebook } from "@/lib/grading/gradebook-export";
import { createModeratedClass, createResponseRow, type ModeratedClass } from "@/tests/factories/moderation";
import { createKindReply } from "@/tests/factories/debate";
import { createClassroom, createMember } from "@/tests/setup/factories";
import { participationSettings } from "@/tests/factories/grading";
import { outcome, type Outcome } from "@/tests/setup/outcome";

// Grading against a real database: rubrics, settings, grades, release, the gradebook, and who may
// do each (ADR 0017).
// "TA who may grade": the class's TA while its teacher lets TAs grade; "other-class grading TA":
// a TA of another class that lets its TAs grade.
type Actor = "signed-out" | "other-class student" | "other-class grading TA" | "student" | "TA" | "TA who may grade" | "teacher";
const ACTORS: Actor[] = ["signed-out", "other-class student", "other-class grading TA", "student", "TA", "TA who may grade", "teacher"];
let otherClassTaId: string;

let world: ModeratedClass;
const CRITERIA = [
  { title: "Evidence", levels: [{ label: "None", points: 0, description: "No sources" }, { label: "Strong", points: 4, description: "Cited and explained" }] },
  { title: "Clarity", levels: [{ label: "Unclear", points: 1, description: "" }, { label: "Clear", points: 2, description: "" }] },
];
let rubricId: string;

const settingsInput = (overrides: Record<string, unknown> = {}) => participationSettings(world.assignment.id, { latePenaltyPercent: "20", rubricId, ...overrides });

beforeAll(async () => {
  world = await createModeratedClass();
  await db.assignment.update({ where: { id: world.assignment.id }, data: { minResponses: 1, minReplies: 1 } });
  rubricId = (await createRubric(world.teacher.id, { title: "Discussion rubric", criteria: CRITERIA })).id;
  await updateGradingSettings(world.teacher.id, settingsInput());
  // Alice responds; Bob replies to her.
  const response = await createResponseRow(world, world.alice.id, { body: "The essay leaves out the UN resolutions entirely." });
  await createKindReply(response, world.bob.id);
  const otherClass = await createClassroom();
  await db.classroom.update({ where: { id: otherClass.id }, data: { tasMayGrade: true } });
  otherClassTaId = (await createMember(otherClass, "TA")).user.id;
});

// Runs as the actor, with the class letting its TAs grade only for "TA who may grade".
async function as<T>(actor: Actor, run: (userId: string) => Promise<T>): Promise<T> {
  const grading = actor === "TA who may grade";
  if (grading) await db.classroom.update({ where: { id: world.classroom.id }, data: { tasMayGrade: true } });
  try {
    return await run(actorId(actor));
  } finally {
    if (grading) await db.classroom.update({ where: { id: world.classroom.id }, data: { tasMayGrade: false } });
  }
}

function actorId(actor: Actor): string {
  const ids: Record<Actor, string> = {
    "signed-out": world.unknownUserId,
    "other-class student": world.outsider.id,
    "other-class grading TA": otherClassTaId,
    student: world.bob.id,
    TA: world.ta.id,
    "TA who may grade": world.ta.id,
    teacher: world.teacher.id,
  };
  return ids[actor];
}

const gradeInput = (overrides: Record<string, unknown> = {}) => ({ assignmentId: world.assignment.id, studentId: world.alice.id, "level.0": "1", "level.1": "0", ...overrides });
const NOBODY_ELSE = { "signed-out": "NOT_FOUND", "other-class student": "NOT_FOUND", "other-class grading TA": "NOT_FOUND", student: "FORBIDDEN", TA: "FORBIDDEN" } as const;
// Grading itself: teachers, and TAs when the class lets them. The settings stay the teacher's.
const graders: Record<Actor, Outcome> = { ...NOBODY_ELSE, "TA who may grade": "ok", teacher: "ok" };
const teachersOnly: Record<Actor, Outcome> = { ...NOBODY_ELSE, "TA who may grade": "FORBIDDEN", teacher: "ok" };

describe("authorization matrix: grading commands", () => {
  const rows: { name: string; run: (userId: string) => Promise<unknown>; audited: boolean; who: Record<Actor, Outcome> }[] = [
    { name: "save a grade", run: (userId) => saveGrade(userId, gradeInput({ feedback: "Good start." })), audited: true, who: graders },
    { name: "change grading settings", run: (userId) => updateGradingSettings(userId, settingsInput()), audited: true, who: teachersOnly },
    {
      name: "release grades",
      run: async (userId) => {
        await db.assignmentGrading.update({ where: { assignmentId: world.assignment.id }, data: { releasedAt: null } });
        return setGradesReleased(userId, { assignmentId: world.assignment.id, released: "true" });
      },
      audited: true,
      who: graders,
    },
  ];
  for (const row of rows) {
    it.each(ACTORS)(`${row.name} × %s`, async (actor) => {
      const before = await db.auditEntry.count({ where: { classroomId: world.classroom.id } });
      expect(await as(actor, (userId) => outcome(() => row.run(userId)))).toBe(row.who[actor]);
      const written = (await db.auditEntry.count({ where: { classroomId: world.classroom.id } })) - before;
      expect(written).toBe(row.who[actor] === "ok" && row.audited ? 1 : 0);
    });
  }
});

describe("authorization matrix: grading reads", () => {
  const reads: { name: string; run: (userId: string) => Promise<unknown>; whoReads: Actor[] }[] = [
    { name: "grading view", run: (userId) => getGradingView(userId, world.assignment.id, {}), whoReads: ["teacher", "TA who may grade"] },
    { name: "grading settings", run: (userId) => getGradingSettings(userId, world.assignment.id, {}), whoReads: ["teacher"] },
    { name: "the grading settings link", run: async (userId) => ((await getGradingView(userId, world.assignment.id, {}))?.canConfigure ? true : null), whoReads: ["teacher"] },
    { name: "dashboard scores", run: (userId) => assignmentScores(userId, world.assignment.id), whoReads: ["teacher", "TA who may grade"] },
    { name: "gradebook CSV", run: (userId) => exportGradebook(userId, world.assignment.id, "canvas"), whoReads: ["teacher", "TA who may grade"] },
  ];
  for (const read of reads) {
    it.each(ACTORS)(`${read.name} × %s`, async (actor) => {
      const result = await as(actor, read.run);
      expect(result === null ? "NOT_FOUND" : "ok").toBe(read.whoReads.includes(actor) ? "ok" : "NOT_FOUND");
    });
  }

  it("the class's teacher turns \"TAs may grade\" on and off in the class settings, audited; a TA cannot", async () => {
    const settings = { classroomId: world.classroom.id, approvalRequired: "", anonymity: "NAMED", reportThreshold: "3" };
    expect(await outcome(() => updateClassSettings(world.ta.id, { ...settings, tasMayGrade: "on" }))).toBe("FORBIDDEN");
    expect(await getGradingView(world.ta.id, world.assignment.id, {})).toBeNull();
    await updateClassSettings(world.teacher.id, { ...settings, tasMayGrade: "on" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { classroomId: world.classroom.id, action: "CHANGE_SETTINGS" }, orderBy: { createdAt: "desc" } });
    expect(audit.reason).toContain("TAs grade on");
    expect((await getModerationSettings(world.ta.id, world.classroom.id))?.classroom.tasMayGrade).toBe(true);
    expect((await getGradingView(world.ta.id, world.assignment.id, {}))?.roster.length).toBe(3);
    await updateClassSettings(world.teacher.id, settings);
    expect(await getGradingView(world.ta.id, world.assignment.id, {})).toBeNull();
  });

  it("rubrics are their owner's: other teachers, TAs and students get nothing", async () => {
    expect(await getRubric(world.teacher.id, rubricId)).toMatchObject({ title: "Discussion rubric" });
    const { user: otherTeacher } = await createMember(await createClassroom(), "TEACHER");
    expect(await getRubric(otherTeacher.id, rubricId)).toBeNull();
    expect(await getRubric(world.ta.id, rubricId)).toBeNull();
    expect(await listRubrics(world.alice.id)).toBeNull();
    expect(await outcome(() => updateRubric(otherTeacher.id, { rubricId, title: "Mine now", criteria: CRITERIA }))).toBe("NOT_FOUND");
    expect(await outcome(() => deleteRubric(otherTeacher.id, { rubricId }))).toBe("NOT_FOUND");
    expect(await outcome(() => createRubric(world.alice.id, { title: "Student rubric", criteria: CRITERIA }))).toBe("FORBIDDEN");
    // Attaching someone else's rubric is refused.
    const foreign = await createRubric(otherTeacher.id, { title: "Theirs", criteria: CRITERIA });
    expect(await outcome(() => updateGradingSettings(world.teacher.id, settingsInput({ rubricId: foreign.id })))).toBe("INVALID");
  });
});

describe("bad input writes nothing", () => {
  const cases: [string, unknown, string][] = [
    ["no criteria", { title: "Empty", criteria: [] }, "Add at least one criterion."],
    ["a criterion without levels", { title: "No levels", criteria: [{ title: "Evidence", levels: [] }] }, "Give each criterion at least one level."],
    ["negative points", { title: "Negative", criteria: [{ title: "Evidence", levels: [{ label: "Bad", points: -1, description: "" }] }] }, "Points cannot be negative."],
    ["too many criteria", { title: "Huge", criteria: Array.from({ length: 21 }, () => CRITERIA[0]) }, "Keep a rubric to 20 criteria."],
    ["criteria that are not JSON", { title: "Broken", criteria: "{not json" }, "Add at least one criterion."],
  ];
  it.each(cases)("a rubric with %s", async (_name, input, message) => {
    const before = await db.rubric.count();
    await expect(createRubric(world.teacher.id, input)).rejects.toMatchObject({ code: "INVALID", message });
    expect(await db.rubric.count()).toBe(before);
  });

  it("an override above the maximum or below zero, or without a reason", async () => {
    const before = await db.auditEntry.count({ where: { classroomId: world.classroom.id } });
    await expect(saveGrade(world.teacher.id, gradeInput({ studentId: world.carol.id, overridePoints: "17", overrideReason: "Extra" }))).rejects.toMatchObject({
      code: "INVALID",
      message: "An override cannot be above the maximum of 16 points.",
    });
    await expect(saveGrade(world.teacher.id, gradeInput({ studentId: world.carol.id, overridePoints: "-1", overrideReason: "Less" }))).rejects.toMatchObject({
      message: "An override cannot be below 0.",
    });
    await expect(saveGrade(world.teacher.id, gradeInput({ studentId: world.carol.id, overridePoints: "5" }))).rejects.toMatchObject({ message: "Say why you override the score." });
    await expect(saveGrade(world.teacher.id, gradeInput({ studentId: world.carol.id, "level.0": "9" }))).rejects.toMatchObject({ message: "Choose one of the rubric's levels." });
    expect(await db.grade.count({ where: { studentId: world.carol.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { classroomId: world.classroom.id } })).toBe(before);
  });

  it("settings whose weights sum to zero", async () => {
    await expect(
      updateGradingSettings(world.teacher.id, settingsInput({ weightRequirements: "0", weightQuality: "0", weightSpread: "0", weightTiming: "0", maxPoints: "99" })),
    ).rejects.toMatchObject({ code: "INVALID", message: "Give at least one part a weight above zero." });
    expect((await db.assignmentGrading.findUniqueOrThrow({ where: { assignmentId: world.assignment.id } })).maxPoints).toBe(10);
  });

  it("grading a member who is not a student of the class", async () => {
    expect(await outcome(() => saveGrade(world.teacher.id, gradeInput({ studentId: world.ta.id })))).toBe("NOT_FOUND");
    expect(await outcome(() => saveGrade(world.teacher.id, gradeInput({ studentId: world.outsider.id })))).toBe("NOT_FOUND");
  });
});

describe("grades, release and what students see", () => {
  it("a grade and its audit entry are written together, and the total adds rubric and participation", async () => {
    await db.assignmentGrading.update({ where: { assignmentId: world.assignment.id }, data: { releasedAt: null } });
    await saveGrade(world.teacher.id, gradeInput({ feedback: "Strong evidence; say more about the armistice." }));
    const audit = await db.auditEntry.findFirstOrThrow({ where: { classroomId: world.classroom.id, action: "GRADE", targetUserId: world.alice.id }, orderBy: { createdAt: "desc" } });
    expect(audit.actorId).toBe(world.teacher.id);
    const scores = (await assignmentScores(world.teacher.id, world.assignment.id))!;
    const alice = scores.get(world.alice.id)!;
    expect(alice.max).toBe(16);
    // Rubric 4 + 1, plus a participation score above zero (she responded and got a reply).
    expect(alice.total).toBeGreaterThan(5);
    expect(scores.get(world.carol.id)).toEqual({ total: 0, max: 16 });
  });

  it("stays hidden from students until released; then each sees only their own", async () => {
    expect(await getOwnGrade(world.alice.id, world.assignment.id)).toBeNull();
    await setGradesReleased(world.teacher.id, { assignmentId: world.assignment.id, released: "true" });
    const own = (await getOwnGrade(world.alice.id, world.assignment.id))!;
    expect(own.feedback).toBe("Strong evidence; say more about the armistice.");
    expect(own.total.rubric?.choices.map((c) => c.level?.label)).toEqual(["Strong", "Unclear"]);
    expect(own.participation?.parts.length).toBe(4);
    expect(own.updatedAt).toBeNull();
    // Bob's grade is his own: ungraded, only his participation.
    const bob = (await getOwnGrade(world.bob.id, world.assignment.id))!;
    expect(bob.feedback).toBeNull();
    // Teachers, TAs and outsiders have no "own grade".
    for (const userId of [world.teacher.id, world.ta.id, world.outsider.id]) expect(await getOwnGrade(userId, world.assignment.id)).toBeNull();
  });

  it("a change after release shows as updated", async () => {
    await saveGrade(world.teacher.id, gradeInput({ overridePoints: "12", overrideReason: "Late work excused" }));
    const own = (await getOwnGrade(world.alice.id, world.assignment.id))!;
    expect(own.total.total).toBe(12);
    expect(own.overrideReason).toBe("Late work excused");
    expect(own.updatedAt).not.toBeNull();
  });

  it("the grading view shows the student's posts in context and the roster with who is graded", async () => {
    const view = (await getGradingView(world.teacher.id, world.assignment.id, { studentId: world.alice.id }))!;
    expect(view.current?.grade.student.id).toBe(world.alice.id);
    expect(view.current?.posts.items).toHaveLength(1);
    expect(view.current?.posts.items[0]?.replies).toHaveLength(1);
    expect(view.current?.posts).toMatchObject({ after: null, isFirstPage: true });
    expect(view.roster.find((entry) => entry.id === world.alice.id)?.graded).toBe(true);
    const ungraded = (await getGradingView(world.teacher.id, world.assignment.id, { ungradedOnly: true }))!;
    expect(ungraded.roster.some((entry) => entry.id === world.alice.id)).toBe(false);
  });

  it("the gradebook CSV carries each student's total", async () => {
    const { csv } = (await exportGradebook(world.teacher.id, world.assignment.id, "moodle"))!;
    expect(csv).toContain(`${world.alice.email},12`);
    await expect(exportGradebook(world.teacher.id, world.assignment.id, "blackboard")).rejects.toMatchObject({ code: "INVALID" });
  });

  it("the settings preview scores the class under proposed settings without saving them", async () => {
    const view = (await getGradingSettings(world.teacher.id, world.assignment.id, { ...settingsInput({ maxPoints: "50" }), preview: "1" } as Record<string, string>))!;
    expect(view.preview?.outOf).toBe(50);
    expect(view.preview?.count).toBe(3);
    expect((await db.assignmentGrading.findUniqueOrThrow({ where: { assignmentId: world.assignment.id } })).maxPoints).toBe(10);
    const bad = (await getGradingSettings(world.teacher.id, world.assignment.id, { ...settingsInput({ maxPoints: "-3" }), preview: "1" } as Record<string, string>))!;
    expect(bad.preview).toBeNull();
    expect(bad.errors?.maxPoints?.[0]).toBe("The maximum points cannot be negative.");
  });

  it("an archived class is read-only: no grading, no release", async () => {
    await db.classroom.update({ where: { id: world.classroom.id }, data: { archivedAt: new Date() } });
    try {
      expect(await outcome(() => saveGrade(world.teacher.id, gradeInput()))).toBe("FORBIDDEN");
      expect(await outcome(() => setGradesReleased(world.teacher.id, { assignmentId: world.assignment.id, released: "false" }))).toBe("FORBIDDEN");
    } finally {
      await db.classroom.update({ where: { id: world.classroom.id }, data: { archivedAt: null } });
    }
  });

  it("a rubric attached to an assignment cannot be deleted", async () => {
    await expect(deleteRubric(world.teacher.id, { rubricId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("editing a rubric is audited in each class that grades with it, and only there", async () => {
    const unused = await createRubric(world.teacher.id, { title: "Spare rubric", criteria: CRITERIA });
    const entries = () => db.auditEntry.findMany({ where: { action: "CHANGE_GRADING", reason: { contains: "edited" } }, select: { classroomId: true, actorId: true, reason: true } });
    await updateRubric(world.teacher.id, { rubricId: unused.id, title: "Spare rubric", criteria: CRITERIA });
    expect(await entries()).toEqual([]);

    await updateRubric(world.teacher.id, { rubricId, title: "Discussion rubric v2", criteria: CRITERIA.slice(0, 1) });
    expect(await entries()).toEqual([
      { classroomId: world.classroom.id, actorId: world.teacher.id, reason: `${world.reading.title}: rubric “Discussion rubric v2” edited: 1 criterion, out of 4 points` },
    ]);
    await updateRubric(world.teacher.id, { rubricId, title: "Discussion rubric", criteria: CRITERIA });
  });
});

describe("the grading view with many posts", () => {
  // A class where Alice wrote `count` responses (the first with five replies) and Bob three.
  async function prolific(count: number) {
    const other = await createModeratedClass();
    await updateGradingSettings(other.teacher.id, { ...settingsInput(), assignmentId: other.assignment.id, rubricId: "" });
    const start = Date.now() - count * 60_000;
    const rows = (authorId: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ assignmentId: other.assignment.id, sectionId: other.reading.sections[i % 3]!.id, authorId, body: `Post ${i}`, createdAt: new Date(start + i * 60_000) }));
    await db.post.createMany({ data: [...rows(other.alice.id, count), ...rows(other.bob.id, 3)] });
    const first = await db.post.findFirstOrThrow({ where: { authorId: other.alice.id }, orderBy: { createdAt: "asc" } });
    for (let i = 0; i < 5; i++) await createKindReply(first, other.bob.id);
    return other;
  }

  const statements = async (run: () => Promise<unknown>) => {
    const spy = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect(await run()).not.toBeNull();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  };

  it("pages the student's posts, oldest first, with a few replies each and a link to the rest", async () => {
    const other = await prolific(POSTS_PER_PAGE * 2 + 5);
    const open = (after?: string) => getGradingView(other.teacher.id, other.assignment.id, { studentId: other.alice.id, after });
    const pages = [];
    for (let after: string | undefined, i = 0; i < 5; i++) {
      const posts = (await open(after))!.current!.posts;
      pages.push(posts);
      if (!posts.after) break;
      after = posts.after;
    }
    expect(pages.map((page) => page.items.length)).toEqual([POSTS_PER_PAGE, POSTS_PER_PAGE, 5]);
    expect(pages.map((page) => page.isFirstPage)).toEqual([true, false, false]);
    const bodies = pages.flatMap((page) => page.items.map((item) => item.post.body));
    expect(bodies).toEqual(Array.from({ length: POSTS_PER_PAGE * 2 + 5 }, (_, i) => `Post ${i}`));
    const [answered] = pages[0]!.items;
    expect(answered!.replies).toHaveLength(REPLIES_SHOWN);
    expect(answered!.moreReplies).toBe(5 - REPLIES_SHOWN);
    expect(answered!.permalink).toBe(`/posts/${answered!.post.id}`);
    // A cursor that is not one starts at the first page.
    expect((await open("not-a-cursor"))!.current!.posts).toMatchObject({ isFirstPage: true, after: pages[0]!.after });
  });

  it("reads the same number of statements for a student with 3 posts and with 60", async () => {
    const other = await prolific(60);
    // Both measured with the class's scores already kept (ADR 0017), as on every request but the first.
    await getGradingView(other.teacher.id, other.assignment.id, {});
    const few = await statements(() => getGradingView(other.teacher.id, other.assignment.id, { studentId: other.bob.id }));
    const many = await statements(() => getGradingView(other.teacher.id, other.assignment.id, { studentId: other.alice.id }));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
