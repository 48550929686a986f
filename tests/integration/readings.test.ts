import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignReading, listAssignableReadings } from "@/lib/readings/assign-reading";
import { getReadingOverview } from "@/lib/readings/queries";
import { createClassroom, createMember, createUser } from "@/tests/setup/factories";
import { createAssignment, createPost, createReading } from "@/tests/factories/readings";

describe("assigning a reading", () => {
  it("lets a teacher assign a sample reading or their own, and lists both", async () => {
    const classroom = await createClassroom();
    const { user: teacher } = await createMember(classroom, "TEACHER");
    const sample = await createReading();
    const own = await createReading({ owner: teacher });
    const foreign = await createReading({ owner: await createUser() });
    const ids = (await listAssignableReadings(teacher.id)).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([sample.id, own.id]));
    expect(ids).not.toContain(foreign.id);
    const assignment = await assignReading(teacher.id, { classroomId: classroom.id, readingId: sample.id });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({
      classroomId: classroom.id,
      readingId: sample.id,
    });
    expect(await db.assignmentSection.count({ where: { assignmentId: assignment.id } })).toBe(sample.sections.length);
  });

  it("refuses students, non-members and other teachers' private readings", async () => {
    const classroom = await createClassroom();
    const { user: teacher } = await createMember(classroom, "TEACHER");
    const { user: student } = await createMember(classroom, "STUDENT");
    const outsider = await createUser();
    const sample = await createReading();
    const foreign = await createReading({ owner: await createUser() });
    await expect(assignReading(student.id, { classroomId: classroom.id, readingId: sample.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(assignReading(outsider.id, { classroomId: classroom.id, readingId: sample.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(assignReading(teacher.id, { classroomId: classroom.id, readingId: foreign.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(assignReading(teacher.id, { classroomId: classroom.id, readingId: "" })).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await db.assignment.count({ where: { classroomId: classroom.id } })).toBe(0);
  });
});

describe("the reading overview", () => {
  it("counts each section's published responses for this class only", async () => {
    const reading = await createReading({ sectionCount: 3 });
    const [first, second] = reading.sections;
    const classA = await createClassroom();
    const classB = await createClassroom();
    const { user: studentA } = await createMember(classA);
    const { user: studentB } = await createMember(classB);
    const assignmentA = await createAssignment(classA, reading);
    const assignmentB = await createAssignment(classB, reading);
    const response = await createPost({ assignmentId: assignmentA.id, sectionId: first!.id, authorId: studentA.id });
    await createPost({ assignmentId: assignmentA.id, sectionId: first!.id, authorId: studentA.id, parentId: response.id });
    await createPost({ assignmentId: assignmentA.id, sectionId: second!.id, authorId: studentA.id });
    await db.post.create({
      data: { assignmentId: assignmentA.id, sectionId: second!.id, authorId: studentA.id, body: "gone", status: "DELETED" },
    });
    await createPost({ assignmentId: assignmentB.id, sectionId: first!.id, authorId: studentB.id });

    const overview = await getReadingOverview(studentA.id, assignmentA.id);
    expect(overview?.sections.map((s) => [s.position, s.responseCount])).toEqual([
      [1, 1],
      [2, 1],
      [3, 0],
    ]);
    expect(overview?.sections[0]?.question).toBe("Question 1?");
  });

  it("is not found for a student of another class", async () => {
    const reading = await createReading();
    const classA = await createClassroom();
    const classB = await createClassroom();
    const { user: studentB } = await createMember(classB);
    const assignmentA = await createAssignment(classA, reading);
    expect(await getReadingOverview(studentB.id, assignmentA.id)).toBeNull();
  });
});
