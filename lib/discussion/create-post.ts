import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { can, memberOf, roleIn } from "@/lib/authz";
import { parseInput } from "@/lib/validation";
import { CreateReplyInput, CreateResponseInput } from "@/lib/discussion/schemas";
import type { Role } from "@/lib/generated/prisma/enums";

function assertMayPost(role: Role) {
  if (!can(role, "create:post")) throw new AppError("FORBIDDEN", "You cannot post in this discussion.");
}

export async function createResponse(userId: string, input: unknown): Promise<{ id: string }> {
  const { assignmentId, position, body } = parseInput(CreateResponseInput, input);
  // One query proves membership and that the section belongs to the assigned reading.
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: memberOf(userId) },
    select: {
      classroom: { select: { ...roleIn(userId) } },
      reading: { select: { sections: { where: { position, assignments: { some: { assignmentId } } }, select: { id: true } } } },
    },
  });
  const role = assignment?.classroom.memberships[0]?.role;
  const section = assignment?.reading.sections[0];
  if (!role || !section) throw notFound("That section");
  assertMayPost(role);
  return db.post.create({
    data: { assignmentId, sectionId: section.id, authorId: userId, body },
    select: { id: true },
  });
}

// Replies attach to a response; replying to a reply joins the same response's thread.
export async function createReply(userId: string, input: unknown): Promise<{ id: string }> {
  const { parentId, body } = parseInput(CreateReplyInput, input);
  const target = await db.post.findFirst({
    where: { id: parentId, status: "PUBLISHED", assignment: { classroom: memberOf(userId) } },
    select: {
      id: true,
      parentId: true,
      assignmentId: true,
      sectionId: true,
      assignment: { select: { classroom: { select: { ...roleIn(userId) } } } },
    },
  });
  const role = target?.assignment.classroom.memberships[0]?.role;
  if (!target || !role) throw notFound("That post");
  assertMayPost(role);
  return db.post.create({
    data: {
      assignmentId: target.assignmentId,
      sectionId: target.sectionId,
      parentId: target.parentId ?? target.id,
      authorId: userId,
      body,
    },
    select: { id: true },
  });
}
