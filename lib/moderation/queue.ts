import "server-only";
import { db } from "@/lib/db";
import { canModerateMember } from "@/lib/authz";
import { findAccess } from "@/lib/access";
import type { PostStatus, Role } from "@/lib/generated/prisma/enums";
import { permalinkPath } from "@/lib/discussion/permalink-path";
import { STORED_BODY_SELECT, postHtml, type StoredBody } from "@/lib/markdown/render";

// What waits for a moderator in one class: pending posts (oldest first, the order they arrived),
// posts with open reports (most reported first), and who is muted. Moderators see real names.
export type QueuePost = {
  id: string;
  body: string;
  html: string;
  authorName: string;
  createdAt: string;
  status: PostStatus;
  isReply: boolean;
  readingTitle: string;
  sectionPosition: number;
  href: string;
  reportCount: number;
  reportReasons: string[];
};

export type MutedMember = { membershipId: string; name: string; role: Role; mutedUntil: string; canUnmute: boolean };

export type ModerationQueue = {
  classroom: { id: string; name: string };
  role: Role;
  pending: QueuePost[];
  reported: QueuePost[];
  muted: MutedMember[];
};

const QUEUE_LIMIT = 200;

const queuePostSelect = {
  id: true,
  ...STORED_BODY_SELECT,
  createdAt: true,
  status: true,
  parentId: true,
  author: { select: { name: true } },
  section: { select: { position: true } },
  assignment: { select: { reading: { select: { title: true } } } },
  reports: { where: { resolvedAt: null }, orderBy: { createdAt: "asc" }, select: { reason: true } },
} as const;

type QueueRow = StoredBody & {
  id: string;
  createdAt: Date;
  status: PostStatus;
  parentId: string | null;
  author: { name: string };
  section: { position: number };
  assignment: { reading: { title: string } };
  reports: { reason: string }[];
};

function toQueuePost(row: QueueRow): QueuePost {
  return {
    id: row.id,
    body: row.body,
    html: postHtml(row),
    authorName: row.author.name,
    createdAt: row.createdAt.toISOString(),
    status: row.status,
    isReply: row.parentId !== null,
    readingTitle: row.assignment.reading.title,
    sectionPosition: row.section.position,
    href: permalinkPath(row.id),
    reportCount: row.reports.length,
    reportReasons: row.reports.map((report) => report.reason),
  };
}

export async function getModerationQueue(userId: string, classroomId: string): Promise<ModerationQueue | null> {
  const access = await findAccess(userId, { classroomId }, { permission: "moderate:class" });
  if (!access) return null;
  const { classroom, role } = access;
  const now = new Date();
  const [pending, reported, muted] = await Promise.all([
    db.post.findMany({
      where: { status: "PENDING", assignment: { classroomId } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
      select: queuePostSelect,
    }),
    db.post.findMany({
      where: { status: { not: "DELETED" }, assignment: { classroomId }, reports: { some: { resolvedAt: null } } },
      orderBy: { createdAt: "asc" },
      take: QUEUE_LIMIT,
      select: queuePostSelect,
    }),
    db.membership.findMany({
      where: { classroomId, mutedUntil: { gt: now } },
      orderBy: { mutedUntil: "asc" },
      select: { id: true, role: true, mutedUntil: true, user: { select: { name: true } } },
    }),
  ]);
  return {
    classroom: { id: classroom.id, name: classroom.name },
    role,
    pending: pending.map(toQueuePost),
    reported: reported.map(toQueuePost).sort((a, b) => b.reportCount - a.reportCount),
    muted: muted.map((m) => ({
      membershipId: m.id,
      name: m.user.name,
      role: m.role,
      mutedUntil: m.mutedUntil!.toISOString(),
      canUnmute: canModerateMember(role, m.role),
    })),
  };
}
