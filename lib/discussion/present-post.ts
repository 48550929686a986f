import "server-only";
import { canDeletePost, canEditPost } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";
import type { PostStatus } from "@/lib/generated/prisma/enums";

// What a browser may learn about a post. Built only here, so what peers see of an author
// (and later, anonymity) is decided in one place. No user ids or emails leave the server.
export type PostView = {
  id: string;
  body: string | null;
  author: { name: string; isViewer: boolean };
  createdAt: string;
  edited: boolean;
  deleted: boolean;
  canEdit: boolean;
  canDelete: boolean;
};

export type PostRow = {
  id: string;
  body: string;
  status: PostStatus;
  createdAt: Date;
  editedAt: Date | null;
  authorId: string;
  author: { name: string };
};

export const postRowSelect = {
  id: true,
  body: true,
  status: true,
  createdAt: true,
  editedAt: true,
  authorId: true,
  author: { select: { name: true } },
} as const;

export function presentPost(row: PostRow, viewer: { userId: string; role: Role }): PostView {
  const deleted = row.status === "DELETED";
  const isViewer = row.authorId === viewer.userId;
  return {
    id: row.id,
    body: deleted ? null : row.body,
    author: { name: deleted ? "Deleted" : row.author.name, isViewer: isViewer && !deleted },
    createdAt: row.createdAt.toISOString(),
    edited: row.editedAt !== null,
    deleted,
    canEdit: !deleted && canEditPost(viewer, row),
    canDelete: !deleted && canDeletePost(viewer, row),
  };
}
