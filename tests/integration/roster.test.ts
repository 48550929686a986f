import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeMemberRole, regenerateJoinCode, removeMember, setClassroomArchived } from "@/lib/classes/manage-classroom";
import { joinClassroom } from "@/lib/classes/join-classroom";
import { findClassroomByJoinCode, getClassroom, getRoster, listMyClassrooms } from "@/lib/classes/queries";
import { createClassroom, createMember, createUser } from "@/tests/setup/factories";

async function classWithRoster() {
  const classroom = await createClassroom();
  const teacher = await createMember(classroom, "TEACHER");
  const ta = await createMember(classroom, "TA");
  const student = await createMember(classroom, "STUDENT");
  return { classroom, teacher, ta, student };
}

const roleOf = async (membershipId: string) => (await db.membership.findUnique({ where: { id: membershipId } }))?.role ?? null;

describe("the roster", () => {
  it("shows names, emails and roles to teachers and TAs; lets only teachers manage; nothing to students", async () => {
    const { classroom, teacher, ta, student } = await classWithRoster();
    const asTeacher = await getRoster(teacher.user.id, classroom.id);
    expect(asTeacher?.canManage).toBe(true);
    expect(asTeacher?.members.map((m) => [m.email, m.role]).sort()).toEqual(
      [
        [teacher.user.email, "TEACHER"],
        [ta.user.email, "TA"],
        [student.user.email, "STUDENT"],
      ].sort(),
    );
    expect((await getRoster(ta.user.id, classroom.id))?.canManage).toBe(false);
    expect(await getRoster(student.user.id, classroom.id)).toBeNull();
    expect(await getRoster((await createUser()).id, classroom.id)).toBeNull();
  });

  it("lets a teacher remove a student, who then loses access", async () => {
    const { classroom, teacher, student } = await classWithRoster();
    await removeMember(teacher.user.id, { classroomId: classroom.id, membershipId: student.membership.id });
    expect(await roleOf(student.membership.id)).toBeNull();
    expect(await getClassroom(student.user.id, classroom.id)).toBeNull();
  });

  it("lets a teacher make a member a TA or a co-teacher", async () => {
    const { classroom, teacher, student, ta } = await classWithRoster();
    await changeMemberRole(teacher.user.id, { classroomId: classroom.id, membershipId: student.membership.id, role: "TA" });
    expect(await roleOf(student.membership.id)).toBe("TA");
    await changeMemberRole(teacher.user.id, { classroomId: classroom.id, membershipId: ta.membership.id, role: "TEACHER" });
    expect(await roleOf(ta.membership.id)).toBe("TEACHER");
    // The co-teacher manages the roster too.
    await removeMember(ta.user.id, { classroomId: classroom.id, membershipId: student.membership.id });
    expect(await roleOf(student.membership.id)).toBeNull();
  });

  it("refuses TAs and students: a TA cannot remove the teacher or change anyone's role", async () => {
    const { classroom, teacher, ta, student } = await classWithRoster();
    for (const actor of [ta, student]) {
      await expect(removeMember(actor.user.id, { classroomId: classroom.id, membershipId: teacher.membership.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(removeMember(actor.user.id, { classroomId: classroom.id, membershipId: student.membership.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        changeMemberRole(actor.user.id, { classroomId: classroom.id, membershipId: actor.membership.id, role: "TEACHER" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await roleOf(teacher.membership.id)).toBe("TEACHER");
    expect(await roleOf(ta.membership.id)).toBe("TA");
    expect(await roleOf(student.membership.id)).toBe("STUDENT");
  });

  it("never leaves a class without a teacher", async () => {
    const { classroom, teacher } = await classWithRoster();
    await expect(removeMember(teacher.user.id, { classroomId: classroom.id, membershipId: teacher.membership.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      changeMemberRole(teacher.user.id, { classroomId: classroom.id, membershipId: teacher.membership.id, role: "STUDENT" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await roleOf(teacher.membership.id)).toBe("TEACHER");
  });

  it("does not reach into another class: a member id from elsewhere is not found", async () => {
    const { classroom, teacher } = await classWithRoster();
    const other = await classWithRoster();
    await expect(removeMember(teacher.user.id, { classroomId: classroom.id, membershipId: other.student.membership.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember(teacher.user.id, { classroomId: other.classroom.id, membershipId: other.student.membership.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await roleOf(other.student.membership.id)).toBe("STUDENT");
  });
});

describe("the join code", () => {
  it("regenerates: the old code stops working, the new one works; only teachers may", async () => {
    const { classroom, teacher, ta } = await classWithRoster();
    await expect(regenerateJoinCode(ta.user.id, { classroomId: classroom.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { joinCode } = await regenerateJoinCode(teacher.user.id, { classroomId: classroom.id });
    expect(joinCode).not.toBe(classroom.joinCode);
    const newcomer = await createUser();
    await expect(joinClassroom(newcomer.id, { code: classroom.joinCode })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await findClassroomByJoinCode(classroom.joinCode)).toBeNull();
    expect(await joinClassroom(newcomer.id, { code: joinCode })).toEqual({ classroomId: classroom.id });
  });
});

describe("archiving", () => {
  it("hides the class from home by default, makes it read-only, and can be undone by a teacher only", async () => {
    const { classroom, teacher, ta, student } = await classWithRoster();
    await expect(setClassroomArchived(ta.user.id, { classroomId: classroom.id, archived: "true" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setClassroomArchived(teacher.user.id, { classroomId: classroom.id, archived: "true" });

    expect((await listMyClassrooms(student.user.id)).map((c) => c.id)).not.toContain(classroom.id);
    expect((await listMyClassrooms(student.user.id, { includeArchived: true })).find((c) => c.id === classroom.id)?.archived).toBe(true);
    expect(await getClassroom(teacher.user.id, classroom.id)).toMatchObject({ archived: true, canAssign: false, joinCode: null });
    // Read-only: no roster changes, no new code, nobody joins.
    await expect(removeMember(teacher.user.id, { classroomId: classroom.id, membershipId: student.membership.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(regenerateJoinCode(teacher.user.id, { classroomId: classroom.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(joinClassroom((await createUser()).id, { code: classroom.joinCode })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await setClassroomArchived(teacher.user.id, { classroomId: classroom.id, archived: "false" });
    expect((await listMyClassrooms(student.user.id)).map((c) => c.id)).toContain(classroom.id);
  });
});
