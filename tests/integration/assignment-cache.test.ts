import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadClassGrades } from "@/lib/grading/grades";
import { getDashboard } from "@/lib/dashboard/dashboard";
import { updateGradingSettings } from "@/lib/grading/settings";
import { createModeratedClass, createResponseRow, type ModeratedClass } from "@/tests/factories/moderation";
import { participationSettings } from "@/tests/factories/grading";

// Class scores and the dashboard's activity are kept per instance until the assignment's posts
// change (ADR 0017). Every change
// here is written straight to the database, as another instance would: the next read must see it.
let world: ModeratedClass;
beforeAll(async () => {
  world = await createModeratedClass();
  await updateGradingSettings(world.teacher.id, participationSettings(world.assignment.id));
});

async function bobsScore() {
  const { grades } = await loadClassGrades(world.assignment.id, world.classroom.id);
  return grades.find((grade) => grade.student.id === world.bob.id)!.participation!;
}

describe("class scores kept between requests", () => {
  it("follow new posts, classmates' replies, role changes and moderation written by anyone", async () => {
    const none = await bobsScore();
    expect(await bobsScore()).toEqual(none);

    const response = await createResponseRow(world, world.bob.id, { body: "The essay leaves out who crossed the parallel first, and why it matters here." });
    const responded = await bobsScore();
    expect(responded.total).toBeGreaterThan(none.total);

    await createResponseRow(world, world.alice.id, { parentId: response.id, body: "Which source says so?" });
    const answered = await bobsScore();
    expect(answered).not.toEqual(responded);

    // Alice is no longer a classmate: her reply no longer counts for Bob.
    await db.membership.updateMany({ where: { classroomId: world.classroom.id, userId: world.alice.id }, data: { role: "TA" } });
    expect(await bobsScore()).toEqual(responded);
    await db.membership.updateMany({ where: { classroomId: world.classroom.id, userId: world.alice.id }, data: { role: "STUDENT" } });
    expect(await bobsScore()).toEqual(answered);

    await db.post.update({ where: { id: response.id }, data: { status: "HIDDEN" } });
    expect((await bobsScore()).total).toBe(none.total);
  });
});

describe("the dashboard's activity kept between requests", () => {
  it("follows posts written, edited and hidden by anyone, per time zone", async () => {
    const carolsRow = async (timeZone = "UTC") => (await getDashboard(world.teacher.id, world.assignment.id, { timeZone }))!.students.find((row) => row.label === world.carol.name)!;
    const before = await carolsRow();
    const post = await createResponseRow(world, world.carol.id, { body: "Three more words." });
    const after = await carolsRow();
    expect(after.responses).toBe(before.responses + 1);
    expect((await carolsRow("Asia/Seoul")).responses).toBe(after.responses);

    await db.post.update({ where: { id: post.id }, data: { body: "Now there are five words." } });
    expect((await carolsRow()).words).toBe(after.words - 3 + 5);
    await db.post.update({ where: { id: post.id }, data: { status: "HIDDEN" } });
    expect((await carolsRow()).responses).toBe(before.responses);
  });
});
