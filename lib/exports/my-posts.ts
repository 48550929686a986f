import "server-only";
import { db } from "@/lib/db";
import { findAccess } from "@/lib/access";
import { exportedPost, ownPostSelect } from "@/lib/accounts/export-data";

// "Download what I wrote in this class": every post of the viewer's in the class's assignments, in
// the shape of the account's data export (lib/accounts/export-data.ts), and nobody else's words.
export async function myPostsInClass(userId: string, classroomId: string) {
  const access = await findAccess(userId, { classroomId });
  if (!access) return null;
  const posts = await db.post.findMany({
    where: { authorId: userId, assignment: { classroomId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: ownPostSelect(userId),
  });
  return { exportedAt: new Date().toISOString(), class: access.classroom.name, posts: posts.map(exportedPost) };
}
