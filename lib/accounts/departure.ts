import "server-only";
import { db } from "@/lib/db";
import { rolesWith } from "@/lib/authz";
import type { DepartedPosts } from "@/lib/generated/prisma/enums";

export type DepartureClass = {
  id: string;
  name: string;
  departedPosts: DepartedPosts;
  // The viewer is this open class's only teacher: deleting would leave it without one.
  onlyTeacher: boolean;
};

// Each class the user belongs to, with what would happen to their posts there and whether it
// holds up the deletion. An archived class may lose its last teacher: nobody changes it anyway.
export async function departureClasses(userId: string): Promise<DepartureClass[]> {
  const teacherRoles = rolesWith("manage:class");
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { classroom: { name: "asc" } },
    select: {
      role: true,
      classroom: {
        select: {
          id: true,
          name: true,
          archivedAt: true,
          departedPosts: true,
          _count: { select: { memberships: { where: { role: { in: teacherRoles }, userId: { not: userId } } } } },
        },
      },
    },
  });
  return memberships.map(({ role, classroom }) => ({
    id: classroom.id,
    name: classroom.name,
    departedPosts: classroom.departedPosts,
    onlyTeacher: teacherRoles.includes(role) && classroom.archivedAt === null && classroom._count.memberships === 0,
  }));
}

// The message a blocked deletion shows, naming the classes to hand over first.
export function onlyTeacherMessage(classes: DepartureClass[]): string | null {
  const names = classes.filter((c) => c.onlyTeacher).map((c) => c.name);
  if (names.length === 0) return null;
  return `Make another member a teacher of ${names.join(", ")} first, or archive ${names.length === 1 ? "it" : "them"}.`;
}

export type DeletionPreview = { postCount: number; classes: DepartureClass[]; blocked: string | null };

// What the "Your data" page says will happen before the person confirms.
export async function previewDeletion(userId: string): Promise<DeletionPreview> {
  const [postCount, classes] = await Promise.all([db.post.count({ where: { authorId: userId } }), departureClasses(userId)]);
  return { postCount, classes, blocked: onlyTeacherMessage(classes) };
}
