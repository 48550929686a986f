import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";

// The one place that says who may do what. Server code enforces with these; the UI uses the same
// answers only to decide which controls to show.
export type Permission =
  | "view:class"
  | "view:join-code"
  | "assign:reading"
  | "create:post"
  | "edit:post:own"
  | "delete:post:own";

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  TEACHER: ["view:class", "view:join-code", "assign:reading", "create:post", "edit:post:own", "delete:post:own"],
  TA: ["view:class", "view:join-code", "create:post", "edit:post:own", "delete:post:own"],
  STUDENT: ["view:class", "create:post", "edit:post:own", "delete:post:own"],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? ROLE_PERMISSIONS[role].includes(permission) : false;
}

export type PostOwnership = { authorId: string };

export function canEditPost(viewer: { userId: string; role: Role }, post: PostOwnership): boolean {
  return post.authorId === viewer.userId && can(viewer.role, "edit:post:own");
}

export function canDeletePost(viewer: { userId: string; role: Role }, post: PostOwnership): boolean {
  return post.authorId === viewer.userId && can(viewer.role, "delete:post:own");
}

// Prisma `where` fragment: only rows of classes the user belongs to. Queries built on it simply
// cannot return another class's data.
export function memberOf(userId: string) {
  return { memberships: { some: { userId } } };
}

// Prisma `select` fragment: the viewer's own membership row, to read their role in one query.
export function roleIn(userId: string) {
  return { memberships: { where: { userId }, select: { role: true }, take: 1 } };
}
