import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashResetCode, issueResetCode, redeemResetCode, RESET_CODE_ATTEMPTS, RESET_CODE_MINUTES } from "@/lib/accounts/reset-codes";
import { refreshSession } from "@/lib/accounts/sessions";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { createClassroom, createMember, createUser, FACTORY_PASSWORD } from "@/tests/setup/factories";

// Lets one test make the audit entry fail, to show the code is only issued together with it.
const auditFailure = vi.hoisted(() => ({ next: false }));
vi.mock("@/lib/moderation/record-audit", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/moderation/record-audit")>();
  return {
    recordAudit: (...args: Parameters<typeof original.recordAudit>) => {
      if (auditFailure.next) {
        auditFailure.next = false;
        throw new Error("audit failed");
      }
      return original.recordAudit(...args);
    },
  };
});

const NEW_PASSWORD = "a fresh password";

async function classWithStudent() {
  const classroom = await createClassroom();
  const teacher = await createMember(classroom, "TEACHER");
  const ta = await createMember(classroom, "TA");
  const student = await createMember(classroom, "STUDENT");
  return { classroom, teacher, ta, student };
}

type World = Awaited<ReturnType<typeof classWithStudent>>;

const issueFor = (world: World, actorId = world.teacher.user.id, now?: Date) =>
  issueResetCode(actorId, { classroomId: world.classroom.id, membershipId: world.student.membership.id }, now);

const redeem = (email: string, code: string, now?: Date) =>
  redeemResetCode({ email, code, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, now);

const INVALID = { code: "INVALID", message: expect.stringMatching(/^That email and code don't work/) };

const codesFor = (userId: string) => db.passwordResetCode.findMany({ where: { userId } });
const auditOf = (classroomId: string) =>
  db.auditEntry.findMany({ where: { classroomId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, targetUserId: true, reason: true, postId: true } });

describe("issuing a reset code", () => {
  it("gives the class's teacher a one-time code, stores only its hash, and audits it in the class", async () => {
    const world = await classWithStudent();
    const before = Date.now();
    const issued = await issueFor(world);
    expect(issued.code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect(issued.studentName).toBe(world.student.user.name);
    const [stored] = await codesFor(world.student.user.id);
    expect(stored).toMatchObject({ classroomId: world.classroom.id, issuedById: world.teacher.user.id, attempts: 0, usedAt: null });
    expect(stored!.codeHash).toBe(hashResetCode(issued.code.replace("-", "")));
    expect(JSON.stringify(stored)).not.toContain(issued.code.replace("-", ""));
    expect(stored!.expiresAt.getTime() - before).toBeGreaterThanOrEqual(RESET_CODE_MINUTES * 60_000);
    expect(stored!.expiresAt.getTime() - before).toBeLessThan((RESET_CODE_MINUTES + 1) * 60_000);
    expect(await auditOf(world.classroom.id)).toEqual([
      { action: "ISSUE_RESET_CODE", actorId: world.teacher.user.id, targetUserId: world.student.user.id, reason: null, postId: null },
    ]);
  });

  it("refuses TAs and students, and answers not found to another class's teacher and to outsiders; nothing is written", async () => {
    const world = await classWithStudent();
    const classmate = await createMember(world.classroom, "STUDENT");
    const otherTeacher = (await createMember(await createClassroom(), "TEACHER")).user;
    await expect(issueFor(world, world.ta.user.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(issueFor(world, classmate.user.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(issueFor(world, otherTeacher.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issueFor(world, (await createUser()).id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await codesFor(world.student.user.id)).toEqual([]);
    expect(await auditOf(world.classroom.id)).toEqual([]);
  });

  it("is only for students of the teacher's own class", async () => {
    const world = await classWithStudent();
    const teacherId = world.teacher.user.id;
    const elsewhere = await createMember(await createClassroom(), "STUDENT");
    await expect(issueResetCode(teacherId, { classroomId: world.classroom.id, membershipId: elsewhere.membership.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(issueResetCode(teacherId, { classroomId: world.classroom.id, membershipId: world.ta.membership.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(issueResetCode(teacherId, { classroomId: world.classroom.id, membershipId: "not an id!" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.passwordResetCode.count({ where: { classroomId: world.classroom.id } })).toBe(0);
  });

  it("issues the code and its audit entry together or not at all", async () => {
    const world = await classWithStudent();
    const first = await issueFor(world);
    auditFailure.next = true;
    await expect(issueFor(world)).rejects.toThrow("audit failed");
    expect(await auditOf(world.classroom.id)).toHaveLength(1);
    // The failed issue changed nothing: the first code still works.
    await expect(redeem(world.student.user.email, first.code)).resolves.toEqual({ email: world.student.user.email });
  });
});

describe("using a reset code", () => {
  it("sets the new password, uses the code up, ends the student's sessions, and is audited", async () => {
    const world = await classWithStudent();
    const { user } = world.student;
    const oldSession = { sub: user.id, sv: 0 };
    expect(await refreshSession(oldSession)).not.toBeNull();
    const { code } = await issueFor(world);
    // Typed by hand: lower case, with a space instead of the dash.
    await expect(redeem(user.email.toUpperCase(), code.toLowerCase().replace("-", " "))).resolves.toEqual({ email: user.email });

    expect(await verifyCredentials({ email: user.email, password: FACTORY_PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: NEW_PASSWORD })).toMatchObject({ id: user.id, sessionVersion: 1 });
    expect(await refreshSession(oldSession)).toBeNull();
    expect((await codesFor(user.id))[0]!.usedAt).toBeInstanceOf(Date);
    expect((await auditOf(world.classroom.id)).map((entry) => [entry.action, entry.actorId, entry.targetUserId])).toEqual([
      ["ISSUE_RESET_CODE", world.teacher.user.id, user.id],
      ["USE_RESET_CODE", user.id, user.id],
    ]);
    // One use only.
    await expect(redeem(user.email, code)).rejects.toMatchObject(INVALID);
  });

  it("gives one message for an unknown email, a wrong code and an expired code, and changes no password", async () => {
    const world = await classWithStudent();
    const { user } = world.student;
    const { code } = await issueFor(world);
    const expiry = (await codesFor(user.id))[0]!.expiresAt;
    await expect(redeem("nobody@example.test", code)).rejects.toMatchObject(INVALID);
    await expect(redeem(world.ta.user.email, code)).rejects.toMatchObject(INVALID);
    await expect(redeem(user.email, "ABCDE-FGHJK")).rejects.toMatchObject(INVALID);
    await expect(redeem(user.email, code, expiry)).rejects.toMatchObject(INVALID);
    expect(await verifyCredentials({ email: user.email, password: FACTORY_PASSWORD })).not.toBeNull();
    // Just before expiry it still works.
    await expect(redeem(user.email, code, new Date(expiry.getTime() - 1))).resolves.toEqual({ email: user.email });
  });

  it("stops working after too many tries, the right code included", async () => {
    const world = await classWithStudent();
    const { user } = world.student;
    const { code } = await issueFor(world);
    for (let attempt = 0; attempt < RESET_CODE_ATTEMPTS; attempt++) await expect(redeem(user.email, "WRONG-CODE2")).rejects.toMatchObject(INVALID);
    await expect(redeem(user.email, code)).rejects.toMatchObject(INVALID);
    expect(await verifyCredentials({ email: user.email, password: FACTORY_PASSWORD })).not.toBeNull();
  });

  it("accepts only the newest code: a new one voids the old", async () => {
    const world = await classWithStudent();
    const { user } = world.student;
    const old = await issueFor(world);
    const current = await issueFor(world);
    expect(await codesFor(user.id)).toHaveLength(1);
    await expect(redeem(user.email, old.code)).rejects.toMatchObject(INVALID);
    await expect(redeem(user.email, current.code)).resolves.toEqual({ email: user.email });
  });

  it("refuses a new password that is too short or typed differently, and uses no attempt of the code", async () => {
    const world = await classWithStudent();
    const { user } = world.student;
    const { code } = await issueFor(world);
    await expect(redeemResetCode({ email: user.email, code, newPassword: "short", confirmPassword: "short" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { newPassword: ["Use at least 8 characters for your password."] },
    });
    await expect(redeemResetCode({ email: user.email, code, newPassword: NEW_PASSWORD, confirmPassword: "other one" })).rejects.toMatchObject({
      fieldErrors: { confirmPassword: ["The two new passwords are not the same."] },
    });
    expect((await codesFor(user.id))[0]!.attempts).toBe(0);
  });
});
