import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignWithDefaults } from "@/lib/readings/quick-assign";
import { joinByLink, signUpAndJoin } from "@/lib/classes/join-classroom";
import { joinDestination } from "@/lib/classes/join-destination";
import { getJoinCodeView } from "@/lib/classes/join-code-view";
import { findClassroomByJoinCode } from "@/lib/classes/queries";
import { defaultDueAt } from "@/lib/assignments/defaults";
import { createReading as saveReading } from "@/lib/readings/save-reading";
import { titleFromText } from "@/lib/readings/title";
import { createClassroom, createMember, createUser, uniqueSuffix } from "@/tests/setup/factories";
import { createPost, createReading } from "@/tests/factories/readings";
import { createTimedAssignment, hoursFromNow } from "@/tests/factories/assignments";

let sample: Awaited<ReturnType<typeof createReading>>;
beforeAll(async () => {
  sample = await createReading({ owner: null, sectionCount: 3 });
});

async function classWithTeacher() {
  const classroom = await createClassroom();
  const { user: teacher } = await createMember(classroom, "TEACHER", { name: `Ms Teacher ${uniqueSuffix()}` });
  return { classroom, teacher };
}

function newAccount(code: string) {
  const suffix = uniqueSuffix();
  return { name: `New Student ${suffix}`, email: `new-${suffix}@example.test`, password: "a-long-password", code };
}

describe("assigning the sample essay", () => {
  it("assigns every section, open now, due when the browser says", async () => {
    const { classroom, teacher } = await classWithTeacher();
    const dueAt = hoursFromNow(24 * 7);
    const before = Date.now();
    const { id } = await assignWithDefaults(teacher.id, { classroomId: classroom.id, dueAt: dueAt.toISOString() });
    const assignment = await db.assignment.findUniqueOrThrow({ where: { id }, include: { sections: true } });
    expect(assignment).toMatchObject({ readingId: sample.id, classroomId: classroom.id, dueAt, minResponses: 0, stanceRequired: false });
    expect(assignment.opensAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(assignment.sections).toHaveLength(3);
  });

  it("defaults the due time to 7 days from now at 23:59", async () => {
    const { classroom, teacher } = await classWithTeacher();
    const { id } = await assignWithDefaults(teacher.id, { classroomId: classroom.id });
    const { dueAt } = await db.assignment.findUniqueOrThrow({ where: { id } });
    expect(dueAt).toEqual(defaultDueAt());
    expect(dueAt!.getHours()).toBe(23);
    expect(dueAt!.getMinutes()).toBe(59);
  });

  it("answers a non-member NOT_FOUND and a student FORBIDDEN, and writes nothing", async () => {
    const { classroom } = await classWithTeacher();
    const outsider = await createUser();
    const { user: student } = await createMember(classroom, "STUDENT");
    await expect(assignWithDefaults(outsider.id, { classroomId: classroom.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignWithDefaults(student.id, { classroomId: classroom.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.assignment.count({ where: { classroomId: classroom.id } })).toBe(0);
  });

  it("refuses a bad due time with a field message and writes nothing", async () => {
    const { classroom, teacher } = await classWithTeacher();
    await expect(assignWithDefaults(teacher.id, { classroomId: classroom.id, dueAt: "next tuesday" })).rejects.toMatchObject({
      code: "INVALID",
      // The assign schema's union answers "Invalid input" here (reported, not mine to change).
      fieldErrors: { dueAt: [expect.any(String)] },
    });
    await expect(assignWithDefaults(teacher.id, { classroomId: classroom.id, dueAt: hoursFromNow(-1).toISOString() })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { dueAt: ["The due time must be after the opening time."] },
    });
    expect(await db.assignment.count({ where: { classroomId: classroom.id } })).toBe(0);
  });
});

describe("signing up on a join link", () => {
  it("makes the account a student of the class and sends them to the first section", async () => {
    const { classroom, teacher } = await classWithTeacher();
    const { id: assignmentId } = await assignWithDefaults(teacher.id, { classroomId: classroom.id });
    const input = newAccount(classroom.joinCode.toLowerCase());
    const result = await signUpAndJoin(input);
    expect(result).toEqual({ email: input.email, classroomId: classroom.id, destination: `/assignments/${assignmentId}/sections/1` });
    const user = await db.user.findUniqueOrThrow({ where: { email: input.email }, include: { memberships: true } });
    expect(user.memberships).toMatchObject([{ classroomId: classroom.id, role: "STUDENT" }]);
  });

  it("names the class and its teacher for the join page", async () => {
    const { classroom, teacher } = await classWithTeacher();
    expect(await findClassroomByJoinCode(classroom.joinCode)).toEqual({ id: classroom.id, name: classroom.name, teacherName: teacher.name });
    expect(await findClassroomByJoinCode("not a code")).toBeNull();
  });

  it("writes nothing for an unknown code, an archived class or a bad field", async () => {
    const { classroom } = await classWithTeacher();
    const unknown = newAccount("ZZZZ2222");
    await expect(signUpAndJoin(unknown)).rejects.toMatchObject({ code: "NOT_FOUND", fieldErrors: { code: ["No class has that join code."] } });
    const shortPassword = { ...newAccount(classroom.joinCode), password: "short" };
    await expect(signUpAndJoin(shortPassword)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { password: [expect.any(String)] } });
    const archived = await createClassroom();
    await db.classroom.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const late = newAccount(archived.joinCode);
    await expect(signUpAndJoin(late)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.count({ where: { email: { in: [unknown.email, shortPassword.email, late.email] } } })).toBe(0);
    expect(await db.membership.count({ where: { classroomId: classroom.id } })).toBe(1);
  });

  it("refuses an email that already has an account, adding no membership", async () => {
    const { classroom } = await classWithTeacher();
    const existing = await createUser();
    await expect(signUpAndJoin({ ...newAccount(classroom.joinCode), email: existing.email })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.membership.count({ where: { userId: existing.id } })).toBe(0);
  });
});

describe("where a join link leads", () => {
  it("goes to the first section the student has not responded in", async () => {
    const { classroom, teacher } = await classWithTeacher();
    const { id: assignmentId } = await assignWithDefaults(teacher.id, { classroomId: classroom.id });
    const { user: student } = await createMember(classroom, "STUDENT");
    await createPost({ assignmentId, sectionId: sample.sections[0]!.id, authorId: student.id });
    // A reply does not count as a response.
    const other = await createPost({ assignmentId, sectionId: sample.sections[2]!.id, authorId: teacher.id });
    await createPost({ assignmentId, sectionId: sample.sections[1]!.id, authorId: student.id, parentId: other.id });
    expect(await joinDestination(student.id, classroom.id)).toBe(`/assignments/${assignmentId}/sections/2`);
    await createPost({ assignmentId, sectionId: sample.sections[1]!.id, authorId: student.id });
    await createPost({ assignmentId, sectionId: sample.sections[2]!.id, authorId: student.id });
    // Everything answered: back to the start.
    expect(await joinDestination(student.id, classroom.id)).toBe(`/assignments/${assignmentId}/sections/1`);
  });

  it("picks the open assignment due soonest, skipping upcoming and closed ones", async () => {
    const { classroom } = await classWithTeacher();
    const { user: student } = await createMember(classroom, "STUDENT");
    await createTimedAssignment(classroom, sample, { opensAt: hoursFromNow(1), dueAt: hoursFromNow(2) });
    await createTimedAssignment(classroom, sample, { opensAt: hoursFromNow(-5), dueAt: hoursFromNow(-1), latePolicy: "CLOSE_AT_DUE" });
    expect(await joinDestination(student.id, classroom.id)).toBe(`/classes/${classroom.id}`);
    const later = await createTimedAssignment(classroom, sample, { opensAt: hoursFromNow(-1), dueAt: hoursFromNow(48) });
    const sooner = await createTimedAssignment(classroom, sample, { opensAt: hoursFromNow(-1), dueAt: hoursFromNow(24), sections: [sample.sections[2]!] });
    expect(await joinDestination(student.id, classroom.id)).toBe(`/assignments/${sooner.id}/sections/3`);
    expect(later.id).not.toBe(sooner.id);
  });

  it("joins a signed-in user from the link and keeps an existing member's role", async () => {
    const { classroom, teacher } = await classWithTeacher();
    const { id: assignmentId } = await assignWithDefaults(teacher.id, { classroomId: classroom.id });
    const user = await createUser();
    expect(await joinByLink(user.id, { code: classroom.joinCode })).toEqual({
      classroomId: classroom.id,
      destination: `/assignments/${assignmentId}/sections/1`,
    });
    await joinByLink(teacher.id, { code: classroom.joinCode });
    expect(await db.membership.findFirstOrThrow({ where: { userId: teacher.id, classroomId: classroom.id } })).toMatchObject({ role: "TEACHER" });
    await expect(joinByLink(user.id, { code: "" })).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("the projector view of the join code", () => {
  it("gives teachers and TAs the code, the link and a QR code as SVG", async () => {
    const { classroom, teacher } = await classWithTeacher();
    const { user: ta } = await createMember(classroom, "TA");
    const view = await getJoinCodeView(teacher.id, classroom.id, "https://margin.example");
    expect(view).toMatchObject({ code: classroom.joinCode, name: classroom.name, link: `https://margin.example/join/${classroom.joinCode}` });
    expect(view!.qrSvg).toMatch(/^<svg[^>]*viewBox/);
    expect(await getJoinCodeView(ta.id, classroom.id, "https://margin.example")).not.toBeNull();
  });

  it("is not found for a student, a non-member and an archived class", async () => {
    const { classroom, teacher } = await classWithTeacher();
    const { user: student } = await createMember(classroom, "STUDENT");
    const outsider = await createUser();
    expect(await getJoinCodeView(student.id, classroom.id, "https://margin.example")).toBeNull();
    expect(await getJoinCodeView(outsider.id, classroom.id, "https://margin.example")).toBeNull();
    await db.classroom.update({ where: { id: classroom.id }, data: { archivedAt: new Date() } });
    expect(await getJoinCodeView(teacher.id, classroom.id, "https://margin.example")).toBeNull();
  });
});

describe("a teacher's own reading, started from a class", () => {
  const text = "# Why the river floods\n\nEvery spring the river rises.\n\n# What the town did\n\nThe town built a levee.";
  const sections = [
    { start: 0, heading: "Why the river floods", question: "Why?" },
    { start: text.indexOf("# What"), heading: "What the town did", question: "What?" },
  ];

  it("takes the title from the first heading, else the first line, when left empty", async () => {
    const teacher = await createUser();
    const { id } = await saveReading(teacher.id, { title: "  ", text, sections });
    expect(await db.reading.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Why the river floods" });
    expect(titleFromText("\n  A plain *first* line\nmore")).toBe("A plain first line");
    expect(titleFromText(`${"word ".repeat(60)}`).length).toBeLessThanOrEqual(200);
  });

  it("assigns it to the class with the defaults, and refuses another teacher's reading", async () => {
    const { classroom, teacher } = await classWithTeacher();
    const { id: readingId } = await saveReading(teacher.id, { title: "", text, sections });
    const { id } = await assignWithDefaults(teacher.id, { classroomId: classroom.id, readingId });
    expect(await db.assignment.findUniqueOrThrow({ where: { id }, include: { sections: true } })).toMatchObject({
      readingId,
      dueAt: defaultDueAt(),
      sections: [expect.anything(), expect.anything()],
    });
    const other = await classWithTeacher();
    await expect(assignWithDefaults(other.teacher.id, { classroomId: other.classroom.id, readingId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.assignment.count({ where: { classroomId: other.classroom.id } })).toBe(0);
  });
});
