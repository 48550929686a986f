import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DENIED, READ_ONLY } from "@/lib/authz";
import { findAccess, requireAccess, type Scope } from "@/lib/access";
import { createClassroom, createMember } from "@/tests/setup/factories";
import { createAssignment, createReading } from "@/tests/factories/readings";
import { createModeratedClass, createResponseRow, type ModeratedClass } from "@/tests/factories/moderation";
import { createTimedAssignment, hoursFromNow } from "@/tests/factories/assignments";

// The one access layer: every scope answers "not found" to anyone who may not see it, and the
// same context to everyone who may.
let world: ModeratedClass;
let scopes: { class: Scope; assignment: Scope; section: Scope; post: { postId: string } };
beforeAll(async () => {
  world = await createModeratedClass();
  const post = await createResponseRow(world, world.alice.id);
  scopes = {
    class: { classroomId: world.classroom.id },
    assignment: { assignmentId: world.assignment.id },
    section: { assignmentId: world.assignment.id, position: 1 },
    post: { postId: post.id },
  };
});

describe("findAccess and requireAccess", () => {
  it("give members their role in every scope", async () => {
    for (const scope of Object.values(scopes)) {
      expect(await findAccess(world.alice.id, scope)).toMatchObject({ role: "STUDENT", classroom: { id: world.classroom.id } });
      expect(await findAccess(world.ta.id, scope)).toMatchObject({ role: "TA" });
      expect(await requireAccess(world.teacher.id, scope)).toMatchObject({ role: "TEACHER", userId: world.teacher.id });
    }
  });

  it("answer not found to outsiders, unknown users and unknown ids, in every scope", async () => {
    for (const scope of Object.values(scopes)) {
      for (const userId of [world.outsider.id, world.unknownUserId]) {
        expect(await findAccess(userId, scope)).toBeNull();
        await expect(requireAccess(userId, scope)).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    }
    for (const scope of [{ classroomId: "nosuchclass" }, { assignmentId: "nosuchassignment" }, { postId: "nosuchpost" }]) {
      await expect(requireAccess(world.teacher.id, scope)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("answers not found for a section the assignment leaves out, or a position that is not a number", async () => {
    const reading = await createReading({ sectionCount: 3 });
    const partial = await createAssignment(world.classroom, reading, { sections: [reading.sections[0]!] });
    expect(await findAccess(world.teacher.id, { assignmentId: partial.id, position: 1 })).not.toBeNull();
    expect(await findAccess(world.teacher.id, { assignmentId: partial.id, position: 2 })).toBeNull();
    expect(await findAccess(world.teacher.id, { assignmentId: partial.id, position: Number.NaN })).toBeNull();
  });

  it("forbids a member without the permission, with that permission's message", async () => {
    await expect(requireAccess(world.alice.id, scopes.post, "moderate:class")).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: DENIED["moderate:class"],
    });
    await expect(requireAccess(world.ta.id, scopes.class, "manage:class")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await findAccess(world.alice.id, scopes.class, { permission: "view:roster" })).toBeNull();
    expect(await findAccess(world.ta.id, scopes.class, { permission: "view:roster" })).toMatchObject({ role: "TA" });
  });

  it("hides an assignment from students until it opens, but not from its teachers", async () => {
    const upcoming = await createTimedAssignment(world.classroom, world.reading, { opensAt: hoursFromNow(2) });
    await expect(requireAccess(world.alice.id, { assignmentId: upcoming.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await findAccess(world.alice.id, { assignmentId: upcoming.id }, { now: hoursFromNow(3) })).toMatchObject({ window: { phase: "OPEN" } });
    expect(await findAccess(world.ta.id, { assignmentId: upcoming.id })).toMatchObject({ window: { phase: "UPCOMING", canPost: true } });
  });

  it("refuses changes to an archived class when asked for a writable one, and still lets members read", async () => {
    const classroom = await createClassroom();
    const { user: teacher } = await createMember(classroom, "TEACHER");
    await db.classroom.update({ where: { id: classroom.id }, data: { archivedAt: new Date() } });
    expect(await requireAccess(teacher.id, { classroomId: classroom.id }, "manage:class")).toMatchObject({ classroom: { archived: true } });
    await expect(requireAccess(teacher.id, { classroomId: classroom.id }, "manage:class", { writable: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: READ_ONLY,
    });
  });

  it("carries post-first: a student sees only their own posts in a section until they respond there", async () => {
    const assignment = await createAssignment(world.classroom, world.reading);
    await db.assignment.update({ where: { id: assignment.id }, data: { postFirst: true } });
    const section = { assignmentId: assignment.id, position: 1 };
    expect(await findAccess(world.bob.id, section)).toMatchObject({ onlyOwn: true });
    expect(await findAccess(world.ta.id, section)).toMatchObject({ onlyOwn: false });
    await db.post.create({ data: { assignmentId: assignment.id, sectionId: world.reading.sections[0]!.id, authorId: world.bob.id, body: "Mine", status: "PENDING" } });
    expect(await findAccess(world.bob.id, section)).toMatchObject({ onlyOwn: false });
    expect(await findAccess(world.bob.id, { ...section, position: 2 })).toMatchObject({ onlyOwn: true });
  });

  it("returns the post's section and the post itself for a post scope", async () => {
    const access = await requireAccess(world.bob.id, scopes.post);
    expect(access.section).toMatchObject({ id: world.reading.sections[0]!.id, position: 1, lock: null });
    expect(access.post).toEqual({ id: (scopes.post).postId, authorId: world.alice.id, parentId: null, status: "PUBLISHED", lockedAt: null });
  });
});
