import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignReading } from "@/lib/readings/assign-reading";
import { findAccess } from "@/lib/access";
import { getReadingOverview } from "@/lib/readings/queries";
import { getClassroom } from "@/lib/classes/queries";
import { listMyAssignments } from "@/lib/assignments/my-assignments";
import { getClassOverview, overviewCsv } from "@/lib/assignments/class-overview";
import { createClassroom, createMember } from "@/tests/setup/factories";
import { createPost, createReading } from "@/tests/factories/readings";
import { createTimedAssignment, hoursFromNow } from "@/tests/factories/assignments";

async function classWithPeople() {
  const classroom = await createClassroom();
  const { user: teacher } = await createMember(classroom, "TEACHER");
  const { user: ta } = await createMember(classroom, "TA");
  const { user: student } = await createMember(classroom, "STUDENT");
  return { classroom, teacher, ta, student };
}

describe("the time window, enforced on the server", () => {
  it("hides an assignment from students before it opens, everywhere, and shows it to teachers and TAs", async () => {
    const { classroom, teacher, ta, student } = await classWithPeople();
    const reading = await createReading();
    const upcoming = await createTimedAssignment(classroom, reading, { opensAt: hoursFromNow(2), dueAt: hoursFromNow(24) });
    expect(await findAccess(student.id, { assignmentId: upcoming.id })).toBeNull();
    expect(await getReadingOverview(student.id, upcoming.id)).toBeNull();
    expect((await getClassroom(student.id, classroom.id))?.assignments).toEqual([]);
    expect(await listMyAssignments(student.id)).toEqual([]);
    for (const staff of [teacher, ta]) {
      const found = await findAccess(staff.id, { assignmentId: upcoming.id });
      expect(found?.window).toMatchObject({ phase: "UPCOMING", visible: true, canPost: true });
      expect((await getClassroom(staff.id, classroom.id))?.assignments.map((a) => a.id)).toEqual([upcoming.id]);
    }
    // Once the opening time passes, the student sees it.
    const later = hoursFromNow(3);
    expect((await findAccess(student.id, { assignmentId: upcoming.id }, { now: later }))?.window).toMatchObject({ phase: "OPEN", canPost: true });
    expect((await listMyAssignments(student.id, later)).map((a) => a.id)).toEqual([upcoming.id]);
  });

  it("after a CLOSE_AT_DUE due time students read but may not post; under ACCEPT_LATE posts are late", async () => {
    const { classroom, teacher, student } = await classWithPeople();
    const reading = await createReading();
    const closed = await createTimedAssignment(classroom, reading, { opensAt: hoursFromNow(-48), dueAt: hoursFromNow(-1), latePolicy: "CLOSE_AT_DUE" });
    const late = await createTimedAssignment(classroom, reading, { opensAt: hoursFromNow(-48), dueAt: hoursFromNow(-1), latePolicy: "ACCEPT_LATE" });
    const closedOverview = await getReadingOverview(student.id, closed.id);
    expect(closedOverview?.sections).toHaveLength(3);
    expect(closedOverview?.window).toMatchObject({ phase: "CLOSED", visible: true, canPost: false });
    expect(closedOverview?.window.reason).toMatch(/^This discussion closed on /);
    expect((await findAccess(teacher.id, { assignmentId: closed.id }))?.window.canPost).toBe(true);
    expect((await findAccess(student.id, { assignmentId: late.id }))?.window).toMatchObject({ phase: "LATE", canPost: true, late: true });
  });

  it("makes every assignment of an archived class read-only, and drops it from the student's home", async () => {
    const { classroom, teacher, student } = await classWithPeople();
    const assignment = await createTimedAssignment(classroom, await createReading());
    await db.classroom.update({ where: { id: classroom.id }, data: { archivedAt: new Date() } });
    for (const user of [teacher, student]) {
      expect((await findAccess(user.id, { assignmentId: assignment.id }))?.window).toMatchObject({ phase: "ARCHIVED", canPost: false });
    }
    expect(await listMyAssignments(student.id)).toEqual([]);
  });
});

describe("assigning with dates, sections and requirements", () => {
  it("stores the times in UTC, the chosen sections, the requirements and the late policy", async () => {
    const { classroom, teacher } = await classWithPeople();
    const reading = await createReading({ sectionCount: 4 });
    const [, second, , fourth] = reading.sections;
    const { id } = await assignReading(teacher.id, {
      classroomId: classroom.id,
      readingId: reading.id,
      opensAt: "2030-03-01T09:00:00+09:00",
      dueAt: "2030-03-08T17:00:00.000Z",
      latePolicy: "CLOSE_AT_DUE",
      minResponses: "2",
      minReplies: "1",
      minWords: "50",
      sectionIds: [second!.id, fourth!.id],
    });
    const assignment = await db.assignment.findUniqueOrThrow({ where: { id }, include: { sections: true } });
    expect(assignment).toMatchObject({ latePolicy: "CLOSE_AT_DUE", minResponses: 2, minReplies: 1, minWords: 50 });
    expect(assignment.opensAt.toISOString()).toBe("2030-03-01T00:00:00.000Z");
    expect(assignment.dueAt?.toISOString()).toBe("2030-03-08T17:00:00.000Z");
    expect(assignment.sections.map((s) => s.sectionId).sort()).toEqual([second!.id, fourth!.id].sort());
    const overview = await getReadingOverview(teacher.id, id);
    expect(overview?.sections.map((s) => s.position)).toEqual([2, 4]);
  });

  it("stores post-first and stance required from the form's checkboxes; both off when unchecked", async () => {
    const { classroom, teacher } = await classWithPeople();
    const reading = await createReading();
    const base = { classroomId: classroom.id, readingId: reading.id };
    const checked = await assignReading(teacher.id, { ...base, postFirst: "on", stanceRequired: "on" });
    const unchecked = await assignReading(teacher.id, base);
    const onlyPostFirst = await assignReading(teacher.id, { ...base, postFirst: "on" });
    const stored = async (id: string) => db.assignment.findUniqueOrThrow({ where: { id }, select: { postFirst: true, stanceRequired: true } });
    expect(await stored(checked.id)).toEqual({ postFirst: true, stanceRequired: true });
    expect(await stored(unchecked.id)).toEqual({ postFirst: false, stanceRequired: false });
    expect(await stored(onlyPostFirst.id)).toEqual({ postFirst: true, stanceRequired: false });
    expect((await findAccess(teacher.id, { assignmentId: checked.id }))?.assignment.postFirst).toBe(true);
    await expect(assignReading(teacher.id, { ...base, postFirst: "yes please" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses a due time before the opening, no sections, another reading's sections, bad numbers; writes nothing", async () => {
    const { classroom, teacher } = await classWithPeople();
    const reading = await createReading();
    const other = await createReading();
    const base = { classroomId: classroom.id, readingId: reading.id };
    await expect(assignReading(teacher.id, { ...base, opensAt: "2030-03-02T00:00:00Z", dueAt: "2030-03-01T00:00:00Z" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { dueAt: ["The due time must be after the opening time."] },
    });
    await expect(assignReading(teacher.id, { ...base, sectionIds: [] })).rejects.toMatchObject({ code: "INVALID" });
    await expect(assignReading(teacher.id, { ...base, sectionIds: [other.sections[0]!.id] })).rejects.toMatchObject({ code: "INVALID" });
    await expect(assignReading(teacher.id, { ...base, minWords: "-1" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(assignReading(teacher.id, { ...base, dueAt: "next friday" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.assignment.count({ where: { classroomId: classroom.id } })).toBe(0);
  });

  it("refuses TAs and archived classes", async () => {
    const { classroom, teacher, ta } = await classWithPeople();
    const reading = await createReading();
    await expect(assignReading(ta.id, { classroomId: classroom.id, readingId: reading.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db.classroom.update({ where: { id: classroom.id }, data: { archivedAt: new Date() } });
    await expect(assignReading(teacher.id, { classroomId: classroom.id, readingId: reading.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "This class is archived and read-only.",
    });
  });
});

describe("progress", () => {
  it("lists a student's assignments across classes, soonest due first, with progress", async () => {
    const classA = await createClassroom();
    const classB = await createClassroom();
    const { user: student } = await createMember(classA);
    await db.membership.create({ data: { classroomId: classB.id, userId: student.id, role: "STUDENT" } });
    const { user: classmate } = await createMember(classA);
    const { user: teacherB } = await createMember(classB, "TEACHER");
    const reading = await createReading();
    const [s1, s2] = reading.sections;
    const noDue = await createTimedAssignment(classA, reading, { opensAt: hoursFromNow(-1), dueAt: null });
    const later = await createTimedAssignment(classB, reading, { opensAt: hoursFromNow(-1), dueAt: hoursFromNow(48) });
    const soon = await createTimedAssignment(classA, reading, { opensAt: hoursFromNow(-1), dueAt: hoursFromNow(2), minResponses: 3, minReplies: 2 });
    // A class the student teaches does not list as homework.
    await createTimedAssignment(await createClassroom(), reading);

    const theirs = await createPost({ assignmentId: soon.id, sectionId: s1!.id, authorId: classmate.id });
    await createPost({ assignmentId: soon.id, sectionId: s1!.id, authorId: student.id });
    const mine = await createPost({ assignmentId: soon.id, sectionId: s2!.id, authorId: student.id });
    await createPost({ assignmentId: soon.id, sectionId: s1!.id, authorId: student.id, parentId: theirs.id });
    await createPost({ assignmentId: soon.id, sectionId: s2!.id, authorId: student.id, parentId: mine.id }); // own thread: no count
    await db.post.create({ data: { assignmentId: soon.id, sectionId: s1!.id, authorId: student.id, body: "x", status: "PENDING" } });
    await createPost({ assignmentId: later.id, sectionId: s1!.id, authorId: teacherB.id });

    const list = await listMyAssignments(student.id);
    expect(list.map((a) => a.id)).toEqual([soon.id, later.id, noDue.id]);
    expect(list[0]).toMatchObject({ summary: "2 of 3 responses, 1 of 2 replies", progress: { status: "IN_PROGRESS" } });
    expect(list[1]!.progress.status).toBe("NOT_STARTED");

    const overview = await getReadingOverview(student.id, soon.id);
    expect(overview?.sections.map((s) => [s.position, s.answered])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(overview?.progress?.responses).toEqual({ done: 2, required: 3 });
  });

  it("gives teachers a per-assignment overview and CSV; nothing to students", async () => {
    const { classroom, teacher, ta, student } = await classWithPeople();
    const { user: idle } = await createMember(classroom, "STUDENT", { name: "=cmd|' /C calc'!A0" });
    const { user: done } = await createMember(classroom, "STUDENT", { name: 'Ada "The Best", Lovelace' });
    const reading = await createReading();
    const assignment = await createTimedAssignment(classroom, reading, { minResponses: 1, dueAt: hoursFromNow(1) });
    await createPost({ assignmentId: assignment.id, sectionId: reading.sections[0]!.id, authorId: done.id });
    await createPost({ assignmentId: assignment.id, sectionId: reading.sections[0]!.id, authorId: student.id, parentId: (await createPost({ assignmentId: assignment.id, sectionId: reading.sections[0]!.id, authorId: teacher.id })).id });

    expect(await getClassOverview(student.id, classroom.id)).toBeNull();
    expect(await getClassOverview(ta.id, classroom.id)).not.toBeNull();
    const overview = await getClassOverview(teacher.id, classroom.id);
    const [only] = overview!.assignments;
    expect(only!.counts).toEqual({ MET: 1, IN_PROGRESS: 1, NOT_STARTED: 1 });
    expect(only!.students.map((s) => s.name).sort()).toEqual([done.name, idle.name, student.name].sort());

    const csv = overviewCsv(overview!);
    expect(csv).toContain(`"Ada ""The Best"", Lovelace",${done.email},Requirements met,1,1,0,0,1,no`);
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
    expect(csv.split("\r\n")[0]).toBe("Assignment,Due (UTC),Student,Email,Status,Responses,Required responses,Replies to classmates,Required replies,Sections answered,Late");
  });
});
