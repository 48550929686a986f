import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, rolesWith } from "@/lib/authz";
import { findAccess, requireAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import type { AnonymityMode, DepartedPosts, Role } from "@/lib/generated/prisma/enums";
import { effectiveAnonymity } from "@/lib/discussion/anonymity";
import { describeSlowMode } from "@/lib/discussion/posting-rules";
import { recordAudit } from "@/lib/moderation/record-audit";
import { AssignmentSettingsInput, ClassSettingsInput } from "@/lib/moderation/schemas";

export const ANONYMITY_LABELS: Record<AnonymityMode, string> = {
  NAMED: "Named",
  ANONYMOUS: "Anonymous to classmates",
  PSEUDONYMOUS: "Pseudonymous (a stable label per student per assignment)",
};

export type ModerationSettings = {
  classroom: { id: string; name: string; approvalRequired: boolean; anonymity: AnonymityMode; reportThreshold: number; departedPosts: DepartedPosts; tasMayGrade: boolean };
  assignments: {
    id: string;
    title: string;
    approvalRequired: boolean | null;
    anonymity: AnonymityMode | null;
    slowModeSeconds: number;
    postFirst: boolean;
    stanceRequired: boolean;
  }[];
  role: Role;
  canConfigure: boolean;
};

// For moderators (TAs read, teachers change); null for everyone else.
export async function getModerationSettings(userId: string, classroomId: string): Promise<ModerationSettings | null> {
  const access = await findAccess(userId, { classroomId }, { permission: "moderate:class" });
  if (!access) return null;
  const { classroom, role } = access;
  const [assignments, { departedPosts }] = await Promise.all([
    db.assignment.findMany({
      where: { classroomId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        approvalRequired: true,
        anonymity: true,
        slowModeSeconds: true,
        postFirst: true,
        stanceRequired: true,
        reading: { select: { title: true } },
      },
    }),
    db.classroom.findUniqueOrThrow({ where: { id: classroomId }, select: { departedPosts: true } }),
  ]);
  const { id, name, approvalRequired, anonymity, reportThreshold, tasMayGrade } = classroom;
  return {
    classroom: { id, name, approvalRequired, anonymity, reportThreshold, departedPosts, tasMayGrade },
    assignments: assignments.map(({ reading, ...assignment }) => ({ ...assignment, title: reading.title })),
    role,
    canConfigure: can(role, "configure:moderation"),
  };
}

// Students who posted believing they were anonymous must never be named after the fact.
async function assertNoUnmasking(classroomId: string, assignmentIds: string[]) {
  if (assignmentIds.length === 0) return;
  const posted = await db.post.findFirst({
    where: { assignmentId: { in: assignmentIds }, author: { memberships: { some: { classroomId, role: { notIn: rolesWith("moderate:class") } } } } },
    select: { id: true },
  });
  if (posted) {
    throw new AppError(
      "CONFLICT",
      "Students have already posted without their names. Switching to named would reveal who wrote what; choose anonymous or pseudonymous instead.",
      { anonymity: ["Students have already posted anonymously here."] },
    );
  }
}

const onOff = (value: boolean) => (value ? "on" : "off");

export async function updateClassSettings(userId: string, input: unknown): Promise<void> {
  const { classroomId, approvalRequired, anonymity, reportThreshold, departedPosts, tasMayGrade } = parseInput(ClassSettingsInput, input);
  await requireAccess(userId, { classroomId }, "configure:moderation");
  const current = await db.classroom.findUniqueOrThrow({
    where: { id: classroomId },
    select: { anonymity: true, departedPosts: true, assignments: { where: { anonymity: null }, select: { id: true } } },
  });
  if (anonymity === "NAMED" && current.anonymity !== "NAMED") await assertNoUnmasking(classroomId, current.assignments.map((a) => a.id));
  await db.$transaction(async (tx) => {
    await tx.classroom.update({ where: { id: classroomId }, data: { approvalRequired, anonymity, reportThreshold, departedPosts, tasMayGrade } });
    await recordAudit(tx, {
      classroomId,
      actorId: userId,
      action: "CHANGE_SETTINGS",
      reason:
        `Class: approval ${onOff(approvalRequired)}; ${ANONYMITY_LABELS[anonymity].toLowerCase()}; auto-hide after ${reportThreshold} reports; ` +
        `departed members' posts ${(departedPosts ?? current.departedPosts) === "KEEP" ? "kept" : "removed"}; TAs grade ${onOff(tasMayGrade)}`,
    });
  });
}

export async function updateAssignmentSettings(userId: string, input: unknown): Promise<void> {
  const { assignmentId, approvalRequired, anonymity, slowModeSeconds, postFirst, stanceRequired } = parseInput(AssignmentSettingsInput, input);
  const { assignment, classroom } = await requireAccess(userId, { assignmentId }, "configure:moderation");
  const before = effectiveAnonymity(assignment, classroom);
  const after = effectiveAnonymity({ anonymity }, classroom);
  if (after === "NAMED" && before !== "NAMED") await assertNoUnmasking(classroom.id, [assignmentId]);
  await db.$transaction(async (tx) => {
    await tx.assignment.update({ where: { id: assignmentId }, data: { approvalRequired, anonymity, slowModeSeconds, postFirst, stanceRequired } });
    await recordAudit(tx, {
      classroomId: classroom.id,
      actorId: userId,
      action: "CHANGE_SETTINGS",
      reason:
        `${assignment.reading.title}: approval ${approvalRequired === null ? "as the class" : onOff(approvalRequired)}; ` +
        `${anonymity === null ? "anonymity as the class" : ANONYMITY_LABELS[anonymity].toLowerCase()}; ` +
        `slow mode ${slowModeSeconds === 0 ? "off" : describeSlowMode(slowModeSeconds)}; ` +
        `post first ${onOff(postFirst)}; stance ${stanceRequired ? "required" : "optional"}`,
    });
  });
}
