import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteAssignment, editAssignment, SECTIONS_FROZEN, setAssignmentArchived } from "@/lib/assignments/edit-assignment";
import { findAccess } from "@/lib/access";
import { getClassroom } from "@/lib/classes/queries";
import { listMyAssignments } from "@/lib/assignments/my-assignments";
import { getAssignmentEditor } from "@/lib/assignments/edit-view";
import { getReadingOverview } from "@/lib/readings/queries";
import { deleteReading } from "@/lib/readings/delete-reading";
import { copySampleReading } from "@/lib/readings/copy-sample";
import { getLibraryReading } from "@/lib/readings/library";
import { createClassroom, createMember, createUser } from "@/tests/setup/factories";
import { createPost, createReading } from "@/tests/factories/readings";
import { createTimedAssignment, hoursFromNow } from "@/tests/factories/assignments";

async function assignedClass() {
  const classroom = await createClassroom();
  const { user: teacher } = await createMember(classroom, "TEACHER");
  const { user: ta } = await createMember(classroom, "TA");
  const { user: student } = await createMember(classroom, "STUDENT");
  const reading = await createReading({ owner: teacher, sectionCount: 3 });
  const assignment = await createTimedAssignment(classroom, reading, { opensAt: hoursFromNow(-1), dueAt: hoursFromNow(48), minResponses: 1 });
  return { classroom, teacher, ta, student, reading, assignment };
}

// The form's fields as the edit page fills them, with some changed.
async function formValues(teacherId: string, assignmentId: string, changes: Record<string, unknown> = {}) {
  const editor = await getAssignmentEditor(teacherId, assignmentId);
  const sectionIds = editor!.sections.filter((s) => editor!.values[`section:${s.id}`] === "on").map((s) => s.id);
  return { ...editor!.values, assignmentId, sectionIds, ...changes };
}

describe("editing an assignment", () => {
  it("lets the teacher change dates, requirements, late policy and rules, and audits it", async () => {
    const { classroom, teacher, assignment } = await assignedClass();
    await editAssignment(
      teacher.id,
      await formValues(teacher.id, assignment.id, {
        dueAt: "2031-05-01T21:59:00.000Z",
        latePolicy: "CLOSE_AT_DUE",
        minResponses: "2",
        minReplies: "1",
        minWords: "10",
        postFirst: "on",
      }),
    );
    const stored = await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(stored).toMatchObject({ latePolicy: "CLOSE_AT_DUE", minResponses: 2, minReplies: 1, minWords: 10, postFirst: true, stanceRequired: false });
    expect(stored.dueAt?.toISOString()).toBe("2031-05-01T21:59:00.000Z");
    expect(stored.opensAt.getTime()).toBe(assignment.opensAt.getTime());
    const audit = await db.auditEntry.findFirst({ where: { classroomId: classroom.id, actorId: teacher.id } });
    expect(audit).toMatchObject({ action: "CHANGE_SETTINGS" });
    expect(audit?.reason).toMatch(/edited: 3 sections; 2 responses, 1 reply, 10 words required; closes at the due time$/);
  });

  it("refuses a student and a TA (forbidden) and another class's teacher (not found); writes nothing", async () => {
    const { teacher, student, ta, assignment } = await assignedClass();
    const { teacher: otherTeacher } = await assignedClass();
    const values = await formValues(teacher.id, assignment.id, { minResponses: "5" });
    await expect(editAssignment(student.id, values)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editAssignment(ta.id, values)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editAssignment(otherTeacher.id, values)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(editAssignment((await createUser()).id, values)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getAssignmentEditor(student.id, assignment.id)).toBeNull();
    expect(await getAssignmentEditor(otherTeacher.id, assignment.id)).toBeNull();
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).minResponses).toBe(1);
  });

  it("checks the dates: due after the opening, real dates; nothing written", async () => {
    const { teacher, assignment } = await assignedClass();
    await expect(
      editAssignment(teacher.id, await formValues(teacher.id, assignment.id, { opensAt: "2030-03-02T00:00:00Z", dueAt: "2030-03-01T00:00:00Z" })),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { dueAt: ["The due time must be after the opening time."] } });
    await expect(editAssignment(teacher.id, await formValues(teacher.id, assignment.id, { dueAt: "soon" }))).rejects.toMatchObject({ code: "INVALID" });
    await expect(editAssignment(teacher.id, await formValues(teacher.id, assignment.id, { minWords: "-3" }))).rejects.toMatchObject({ code: "INVALID" });
    const stored = await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(stored.dueAt?.getTime()).toBe(assignment.dueAt?.getTime());
    expect(stored.minWords).toBe(0);
  });

  it("changes the sections while nobody has posted, and refuses once someone has, with nothing written", async () => {
    const { teacher, student, reading, assignment } = await assignedClass();
    const [first, second, third] = reading.sections;
    await editAssignment(teacher.id, await formValues(teacher.id, assignment.id, { sectionIds: [first!.id, third!.id] }));
    expect((await getReadingOverview(teacher.id, assignment.id))?.sections.map((s) => s.position)).toEqual([1, 3]);

    await createPost({ assignmentId: assignment.id, sectionId: first!.id, authorId: student.id });
    const editor = await getAssignmentEditor(teacher.id, assignment.id);
    expect(editor?.posts).toEqual({ responses: 1, replies: 0 });
    await expect(
      editAssignment(teacher.id, await formValues(teacher.id, assignment.id, { sectionIds: [first!.id, second!.id, third!.id], minResponses: "3" })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: SECTIONS_FROZEN, fieldErrors: { sectionIds: [SECTIONS_FROZEN] } });
    expect((await getReadingOverview(teacher.id, assignment.id))?.sections.map((s) => s.position)).toEqual([1, 3]);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).minResponses).toBe(1);
    // The same sections (as the locked form sends them) still save the other terms.
    await editAssignment(teacher.id, await formValues(teacher.id, assignment.id, { minResponses: "3" }));
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).minResponses).toBe(3);
  });

  it("refuses sections of another reading", async () => {
    const { teacher, assignment } = await assignedClass();
    const other = await createReading();
    await expect(editAssignment(teacher.id, await formValues(teacher.id, assignment.id, { sectionIds: [other.sections[0]!.id] }))).rejects.toMatchObject({
      code: "INVALID",
    });
  });

  it("changing the requirements changes the students' progress at once", async () => {
    const { teacher, student, reading, assignment } = await assignedClass();
    await createPost({ assignmentId: assignment.id, sectionId: reading.sections[0]!.id, authorId: student.id, body: "Three short words" });
    const progress = async () => (await getReadingOverview(student.id, assignment.id))?.progress;
    expect(await progress()).toMatchObject({ status: "MET", responses: { done: 1, required: 1 } });
    await editAssignment(teacher.id, await formValues(teacher.id, assignment.id, { minResponses: "2" }));
    expect(await progress()).toMatchObject({ status: "IN_PROGRESS", responses: { done: 1, required: 2 } });
    await editAssignment(teacher.id, await formValues(teacher.id, assignment.id, { minResponses: "1", minWords: "10" }));
    expect(await progress()).toMatchObject({ status: "IN_PROGRESS", responses: { done: 0, required: 1 }, shortResponses: 1 });
  });

  it("refuses changes in an archived class", async () => {
    const { classroom, teacher, assignment } = await assignedClass();
    const values = await formValues(teacher.id, assignment.id, { minResponses: "4" });
    await db.classroom.update({ where: { id: classroom.id }, data: { archivedAt: new Date() } });
    await expect(editAssignment(teacher.id, values)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteAssignment(teacher.id, { assignmentId: assignment.id, confirm: "on" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("deleting an assignment", () => {
  it("needs the confirmation, then deletes the assignment with every post, reply, report and poll answer", async () => {
    const { classroom, teacher, student, reading, assignment } = await assignedClass();
    const section = reading.sections[0]!.id;
    const response = await createPost({ assignmentId: assignment.id, sectionId: section, authorId: student.id });
    await createPost({ assignmentId: assignment.id, sectionId: section, authorId: teacher.id, parentId: response.id });
    await createPost({ assignmentId: assignment.id, sectionId: section, authorId: student.id, parentId: response.id });
    await db.post.create({ data: { assignmentId: assignment.id, sectionId: section, authorId: student.id, body: "Gone", status: "DELETED" } });
    await db.report.create({ data: { postId: response.id, reporterId: teacher.id, reason: "Test" } });
    await db.pollAnswer.create({ data: { assignmentId: assignment.id, userId: student.id, round: "BEFORE", rating: 3 } });
    await db.auditEntry.create({ data: { classroomId: classroom.id, actorId: teacher.id, action: "PIN", postId: response.id } });

    await expect(deleteAssignment(teacher.id, { assignmentId: assignment.id })).rejects.toMatchObject({ code: "INVALID" });
    await expect(deleteAssignment(student.id, { assignmentId: assignment.id, confirm: "on" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.post.count({ where: { assignmentId: assignment.id } })).toBe(4);

    expect((await getAssignmentEditor(teacher.id, assignment.id))?.posts).toEqual({ responses: 2, replies: 2 });
    expect(await deleteAssignment(teacher.id, { assignmentId: assignment.id, confirm: "on" })).toEqual({ classroomId: classroom.id, deleted: 4 });
    expect(await db.assignment.findUnique({ where: { id: assignment.id } })).toBeNull();
    expect(await db.post.count({ where: { assignmentId: assignment.id } })).toBe(0);
    expect(await db.pollAnswer.count({ where: { assignmentId: assignment.id } })).toBe(0);
    expect(await db.report.count({ where: { postId: response.id } })).toBe(0);
    // The reading stays; the audit log keeps the pin (without its post) and records the deletion.
    expect(await db.reading.findUnique({ where: { id: reading.id } })).not.toBeNull();
    const audit = await db.auditEntry.findMany({ where: { classroomId: classroom.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.postId])).toEqual([
      ["PIN", null],
      ["CHANGE_SETTINGS", null],
    ]);
    expect(audit[1]?.reason).toMatch(/deleted, with 2 responses and 2 replies$/);
  });

  it("is not found for another class's teacher", async () => {
    const { assignment } = await assignedClass();
    const { teacher: otherTeacher } = await assignedClass();
    await expect(deleteAssignment(otherTeacher.id, { assignmentId: assignment.id, confirm: "on" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.assignment.findUnique({ where: { id: assignment.id } })).not.toBeNull();
  });
});

describe("archiving an assignment", () => {
  it("hides it from students everywhere and makes it read-only for teachers, until restored", async () => {
    const { classroom, teacher, ta, student, assignment } = await assignedClass();
    await expect(setAssignmentArchived(student.id, { assignmentId: assignment.id, archived: "true" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setAssignmentArchived(teacher.id, { assignmentId: assignment.id, archived: "true" });

    expect(await findAccess(student.id, { assignmentId: assignment.id })).toBeNull();
    expect(await getReadingOverview(student.id, assignment.id)).toBeNull();
    expect((await getClassroom(student.id, classroom.id))?.assignments).toEqual([]);
    expect(await listMyAssignments(student.id)).toEqual([]);
    for (const staff of [teacher, ta]) {
      expect((await findAccess(staff.id, { assignmentId: assignment.id }))?.window).toMatchObject({ phase: "ARCHIVED", visible: true, canPost: false });
      expect((await getClassroom(staff.id, classroom.id))?.assignments).toMatchObject([{ id: assignment.id, archived: true, phase: "ARCHIVED" }]);
    }
    expect((await getReadingOverview(teacher.id, assignment.id))?.archived).toBe(true);

    await setAssignmentArchived(teacher.id, { assignmentId: assignment.id, archived: "false" });
    expect((await findAccess(student.id, { assignmentId: assignment.id }))?.window).toMatchObject({ phase: "OPEN", canPost: true });
    expect((await listMyAssignments(student.id)).map((a) => a.id)).toEqual([assignment.id]);
    const audit = await db.auditEntry.findMany({ where: { classroomId: classroom.id }, orderBy: { createdAt: "asc" }, select: { reason: true } });
    expect(audit.map((entry) => entry.reason?.split(" ").at(-1))).toEqual(["archived", "restored"]);
  });
});

describe("readings in the library", () => {
  it("deletes a reading nobody uses; refuses one in use with how many use it", async () => {
    const { teacher, classroom, reading } = await assignedClass();
    await createTimedAssignment(classroom, reading);
    await expect(deleteReading(teacher.id, { readingId: reading.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Used by 2 assignments, so it can't be deleted. Delete those assignments first.",
    });
    expect((await getLibraryReading(teacher.id, reading.id))?.deleteBlocker).toMatch(/^Used by 2 assignments/);

    const unused = await createReading({ owner: teacher });
    expect(await getLibraryReading(teacher.id, unused.id)).toMatchObject({ canDelete: true, deleteBlocker: null });
    await deleteReading(teacher.id, { readingId: unused.id });
    expect(await db.reading.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(await db.section.count({ where: { readingId: unused.id } })).toBe(0);
  });

  it("lets only the owner delete: others and samples are not found", async () => {
    const owner = await createUser();
    const other = await createUser();
    const reading = await createReading({ owner });
    const sample = await createReading({ owner: null });
    await expect(deleteReading(other.id, { readingId: reading.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteReading(owner.id, { readingId: sample.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.reading.count({ where: { id: { in: [reading.id, sample.id] } } })).toBe(2);
  });

  it("copies a sample into the teacher's library as an editable reading, leaving the sample as it was", async () => {
    const teacher = await createUser();
    const sample = await createReading({ owner: null, sectionCount: 2 });
    const { id } = await copySampleReading(teacher.id, { readingId: sample.id });
    const copy = await getLibraryReading(teacher.id, id);
    expect(copy).toMatchObject({ title: sample.title, isSample: false, canEdit: true, canDelete: true, version: 1 });
    expect(copy?.sections.map((s) => [s.position, s.body, s.question])).toEqual(sample.sections.map((s) => [s.position, s.body, s.question]));
    expect(await getLibraryReading((await createUser()).id, id)).toBeNull();
    expect((await db.reading.findUniqueOrThrow({ where: { id: sample.id } })).ownerId).toBeNull();
    // Only samples are copied: not another teacher's reading.
    const someoneElses = await createReading({ owner: await createUser() });
    await expect(copySampleReading(teacher.id, { readingId: someoneElses.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
