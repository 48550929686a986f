import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClassroom } from "@/lib/classes/create-classroom";
import { joinClassroom } from "@/lib/classes/join-classroom";
import { getClassroom, listMyClassrooms } from "@/lib/classes/queries";
import { JOIN_CODE_ALPHABET } from "@/lib/classes/join-code";
import { createUser } from "@/tests/setup/factories";

async function classTaughtBy(teacherId: string, name = "History 11") {
  const { id } = await createClassroom(teacherId, { name });
  return db.classroom.findUniqueOrThrow({ where: { id } });
}

describe("creating a class", () => {
  it("makes the creator its teacher and gives it an 8-character join code", async () => {
    const teacher = await createUser();
    const classroom = await classTaughtBy(teacher.id);
    expect(classroom.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    const membership = await db.membership.findFirstOrThrow({ where: { classroomId: classroom.id } });
    expect(membership).toMatchObject({ userId: teacher.id, role: "TEACHER" });
  });

  it("rejects an empty name and writes nothing", async () => {
    const teacher = await createUser();
    await expect(createClassroom(teacher.id, { name: "   " })).rejects.toMatchObject({
      code: "INVALID",
      message: "Give the class a name.",
    });
    expect(await db.classroom.count({ where: { memberships: { some: { userId: teacher.id } } } })).toBe(0);
  });
});

describe("joining a class", () => {
  it("accepts the code as people type it and makes the joiner a student", async () => {
    const teacher = await createUser();
    const student = await createUser();
    const classroom = await classTaughtBy(teacher.id);
    const typed = ` ${classroom.joinCode.slice(0, 4).toLowerCase()}-${classroom.joinCode.slice(4)} `;
    expect(await joinClassroom(student.id, { code: typed })).toEqual({ classroomId: classroom.id });
    const membership = await db.membership.findUniqueOrThrow({
      where: { classroomId_userId: { classroomId: classroom.id, userId: student.id } },
    });
    expect(membership.role).toBe("STUDENT");
  });

  it("keeps a teacher's role when the teacher follows their own join link", async () => {
    const teacher = await createUser();
    const classroom = await classTaughtBy(teacher.id);
    await joinClassroom(teacher.id, { code: classroom.joinCode });
    const memberships = await db.membership.findMany({ where: { classroomId: classroom.id } });
    expect(memberships.map((m) => m.role)).toEqual(["TEACHER"]);
  });

  it("explains a malformed code and an unknown one, and writes nothing", async () => {
    const student = await createUser();
    await expect(joinClassroom(student.id, { code: "abc" })).rejects.toMatchObject({
      code: "INVALID",
      message: "A join code is 8 letters and digits, like KWAR7DMN.",
    });
    await expect(joinClassroom(student.id, { code: "ZZZZ2222" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.membership.count({ where: { userId: student.id } })).toBe(0);
  });
});

describe("seeing classes", () => {
  it("lists my classes with my role in each: a teacher here can be a student there", async () => {
    const person = await createUser();
    const other = await createUser();
    const taught = await classTaughtBy(person.id, "Taught by me");
    const attended = await classTaughtBy(other.id, "Attended by me");
    await joinClassroom(person.id, { code: attended.joinCode });
    const mine = await listMyClassrooms(person.id);
    expect(mine.map(({ id, role }) => ({ id, role })).sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { id: attended.id, role: "STUDENT" },
      { id: taught.id, role: "TEACHER" },
    ]);
  });

  it("shows the join code to the teacher only, and nothing to a non-member", async () => {
    const teacher = await createUser();
    const student = await createUser();
    const outsider = await createUser();
    const classroom = await classTaughtBy(teacher.id);
    await joinClassroom(student.id, { code: classroom.joinCode });
    expect((await getClassroom(teacher.id, classroom.id))?.joinCode).toBe(classroom.joinCode);
    const asStudent = await getClassroom(student.id, classroom.id);
    expect(asStudent).toMatchObject({ role: "STUDENT", joinCode: null, canAssign: false });
    expect(await getClassroom(outsider.id, classroom.id)).toBeNull();
    expect(await getClassroom(teacher.id, "doesnotexist")).toBeNull();
  });
});
