import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { getSectionView } from "@/lib/sections/section-view";
import { createClassroom, createMember } from "@/tests/setup/factories";
import { createReading } from "@/tests/factories/readings";
import { createTimedAssignment, hoursFromNow } from "@/tests/factories/assignments";

async function setting(options: Parameters<typeof createTimedAssignment>[2]) {
  const classroom = await createClassroom();
  const reading = await createReading({ sectionCount: 2 });
  const assignment = await createTimedAssignment(classroom, reading, options);
  const { user: teacher } = await createMember(classroom, "TEACHER");
  const { user: student } = await createMember(classroom, "STUDENT");
  return { classroom, assignment, teacher, student };
}

const respond = (userId: string, assignmentId: string) => createResponse(userId, { assignmentId, position: 1, body: "My answer" });

describe("posting inside the assignment's time window", () => {
  it("hides an unopened assignment from students but lets the teacher prepare", async () => {
    const { assignment, teacher, student } = await setting({ opensAt: hoursFromNow(24) });
    await expect(respond(student.id, assignment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getSectionView(student.id, assignment.id, 1)).toBeNull();
    await expect(respond(teacher.id, assignment.id)).resolves.toHaveProperty("id");
  });

  it("accepts posts before the due time, unmarked", async () => {
    const { assignment, student } = await setting({ opensAt: hoursFromNow(-1), dueAt: hoursFromNow(24) });
    const { id } = await respond(student.id, assignment.id);
    expect((await db.post.findUniqueOrThrow({ where: { id } })).late).toBe(false);
  });

  it("marks posts after the due time late under the accept-late policy, and says so", async () => {
    const { assignment, student } = await setting({ opensAt: hoursFromNow(-48), dueAt: hoursFromNow(-1), latePolicy: "ACCEPT_LATE" });
    const { id } = await respond(student.id, assignment.id);
    expect((await db.post.findUniqueOrThrow({ where: { id } })).late).toBe(true);
    const view = await getSectionView(student.id, assignment.id, 1);
    expect(view?.rules.lateNotice).toMatch(/posts now are marked late/);
    expect(view?.postingBlockedBecause).toBeNull();
  });

  it("closes the discussion at the due time: students read but cannot post or reply", async () => {
    const { assignment, teacher, student } = await setting({ opensAt: hoursFromNow(-48), dueAt: hoursFromNow(-1), latePolicy: "CLOSE_AT_DUE" });
    const teacherPost = await respond(teacher.id, assignment.id);
    const before = await db.post.count({ where: { assignmentId: assignment.id } });
    await expect(respond(student.id, assignment.id)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/closed/) });
    await expect(createReply(student.id, { parentId: teacherPost.id, body: "Late reply" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.post.count({ where: { assignmentId: assignment.id } })).toBe(before);
    const view = await getSectionView(student.id, assignment.id, 1);
    expect(view?.postingBlockedBecause).toMatch(/closed/);
    expect((await view?.page)?.responses).toHaveLength(1);
  });

  it("makes an archived class read-only for everyone", async () => {
    const { classroom, assignment, teacher, student } = await setting({ opensAt: hoursFromNow(-1) });
    await db.classroom.update({ where: { id: classroom.id }, data: { archivedAt: new Date() } });
    for (const user of [student, teacher]) {
      await expect(respond(user.id, assignment.id)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/archived/) });
    }
    expect(await db.post.count({ where: { assignmentId: assignment.id } })).toBe(0);
  });
});
