import "server-only";
import { db } from "@/lib/db";
import { findAccess } from "@/lib/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationAction } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";
import { toCsv } from "@/lib/csv";
import { truncate } from "@/lib/format";
import { AuditFilterInput, type AuditFilter } from "@/lib/moderation/schemas";
import { permalinkPath } from "@/lib/discussion/permalink-path";

export const ACTION_LABELS: Record<ModerationAction, string> = {
  APPROVE: "Approved",
  REJECT: "Rejected",
  HIDE: "Hid",
  AUTO_HIDE: "Hidden after reports",
  RESTORE: "Restored",
  DELETE: "Deleted",
  PIN: "Pinned",
  UNPIN: "Unpinned",
  PICK: "Teacher's pick",
  UNPICK: "Removed teacher's pick",
  LOCK_THREAD: "Locked thread",
  UNLOCK_THREAD: "Unlocked thread",
  LOCK_SECTION: "Locked section",
  UNLOCK_SECTION: "Unlocked section",
  MUTE: "Muted",
  UNMUTE: "Unmuted",
  CHANGE_SETTINGS: "Changed settings",
  ADD_CLAIM: "Marked a contested claim",
  REMOVE_CLAIM: "Removed a contested claim",
  ISSUE_RESET_CODE: "Issued a password reset code",
  USE_RESET_CODE: "Reset their password with a code",
  GRADE: "Graded",
  RELEASE_GRADES: "Released grades",
  UNRELEASE_GRADES: "Hid released grades",
  CHANGE_GRADING: "Changed grading settings",
  SPOTLIGHT: "Spotlighted",
  CLEAR_SPOTLIGHT: "Cleared the spotlight",
};

export type AuditRow = {
  id: string;
  createdAt: string;
  action: ModerationAction;
  actorName: string;
  targetName: string | null;
  post: { excerpt: string; href: string } | null;
  reason: string | null;
};

export type AuditLog = {
  classroom: { id: string; name: string };
  filter: AuditFilter;
  // Members a moderator may filter by, by membership (never user) id.
  students: { membershipId: string; name: string }[];
  entries: AuditRow[];
  truncated: boolean;
};

const PAGE_LIMIT = 500;
const EXPORT_LIMIT = 50_000;

const excerpt = (text: string) => truncate(text.replace(/\s+/g, " ").trim(), 79);

// The class's audit log, newest first, filtered by action, student and an inclusive UTC date
// range; null for anyone but its moderators. A malformed filter is an INVALID error.
export async function getAuditLog(userId: string, classroomId: string, rawFilter: unknown, limit = PAGE_LIMIT): Promise<AuditLog | null> {
  const access = await findAccess(userId, { classroomId }, { permission: "moderate:class" });
  if (!access) return null;
  const { classroom } = access;
  const filter = parseInput(AuditFilterInput, rawFilter);
  const members = await db.membership.findMany({
    where: { classroomId },
    orderBy: { user: { name: "asc" } },
    select: { id: true, userId: true, user: { select: { name: true } } },
  });
  const student = filter.student ? members.find((m) => m.id === filter.student) : undefined;
  const where: Prisma.AuditEntryWhereInput = {
    classroomId,
    ...(filter.action ? { action: filter.action } : {}),
    // An unknown member id matches nothing rather than everything.
    ...(filter.student ? { targetUserId: student?.userId ?? "-" } : {}),
    createdAt: {
      ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00.000Z`) } : {}),
      ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 86_400_000) } : {}),
    },
  };
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      reason: true,
      actor: { select: { name: true } },
      targetUser: { select: { name: true } },
      post: { select: { id: true, body: true } },
    },
  });
  return {
    classroom: { id: classroom.id, name: classroom.name },
    filter,
    students: members.map((m) => ({ membershipId: m.id, name: m.user.name })),
    entries: rows.slice(0, limit).map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      action: row.action,
      actorName: row.actor?.name ?? "Automatic",
      targetName: row.targetUser?.name ?? null,
      post: row.post ? { excerpt: excerpt(row.post.body), href: permalinkPath(row.post.id) } : null,
      reason: row.reason,
    })),
    truncated: rows.length > limit,
  };
}

export async function exportAuditLogCsv(userId: string, classroomId: string, rawFilter: unknown): Promise<{ filename: string; csv: string } | null> {
  const log = await getAuditLog(userId, classroomId, rawFilter, EXPORT_LIMIT);
  if (!log) return null;
  const header = ["Time (UTC)", "Action", "By", "Student", "Post", "Link", "Reason"];
  const rows = log.entries.map((e) => [e.createdAt, ACTION_LABELS[e.action], e.actorName, e.targetName, e.post?.excerpt, e.post?.href, e.reason]);
  const slug = log.classroom.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "class";
  return { filename: `audit-log-${slug}.csv`, csv: toCsv([header, ...rows]) };
}
