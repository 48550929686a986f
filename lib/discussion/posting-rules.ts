import "server-only";
import { can, isModerator, memberOf } from "@/lib/authz";
import { db } from "@/lib/db";
import { formatTimestamp, plural } from "@/lib/format";
import type { AnonymityMode, LatePolicy, PostStatus, Role } from "@/lib/generated/prisma/enums";
import { effectiveAnonymity } from "@/lib/discussion/anonymity";
import { assignmentWindow, type AssignmentWindow } from "@/lib/assignments/window";
import type { DiscussionViewer } from "@/lib/discussion/visibility";

// The settings that decide whether and how a member may post in one section of an assignment.
// Read once per request by the section page (to explain) and by create-post (to enforce).
export type DiscussionSettings = {
  assignmentId: string;
  classroomId: string;
  role: Role;
  mutedUntil: Date | null;
  anonymity: AnonymityMode;
  approvalRequired: boolean;
  slowModeSeconds: number;
  sectionLock: { reason: string } | null;
  stanceRequired: boolean;
  /** Post-first is on and this student has not responded in the section yet: peers' posts stay hidden. */
  onlyOwn: boolean;
  /** Opening, due time, late policy and archiving, as they apply to this member now. */
  window: AssignmentWindow;
};

// A member's responses that lift post-first in their section: published, or awaiting approval.
export function respondedWhere(userId: string) {
  return { authorId: userId, parentId: null, status: { in: ["PUBLISHED", "PENDING"] as PostStatus[] } };
}

export function discussionSettingsSelect(userId: string) {
  return {
    id: true,
    anonymity: true,
    approvalRequired: true,
    slowModeSeconds: true,
    stanceRequired: true,
    postFirst: true,
    // Sections where this member has responded (post-first lifts there); one row per section.
    posts: {
      where: respondedWhere(userId),
      distinct: "sectionId" as const,
      select: { sectionId: true },
    },
    opensAt: true,
    dueAt: true,
    latePolicy: true,
    sections: { select: { sectionId: true, lockedAt: true, lockReason: true } },
    classroom: {
      select: {
        id: true,
        anonymity: true,
        approvalRequired: true,
        archivedAt: true,
        memberships: { where: { userId }, select: { role: true, mutedUntil: true }, take: 1 },
      },
    },
  } as const;
}

type SettingsRow = {
  id: string;
  anonymity: AnonymityMode | null;
  approvalRequired: boolean | null;
  slowModeSeconds: number;
  stanceRequired: boolean;
  postFirst: boolean;
  posts: { sectionId: string }[];
  opensAt: Date;
  dueAt: Date | null;
  latePolicy: LatePolicy;
  sections: { sectionId: string; lockedAt: Date | null; lockReason: string | null }[];
  classroom: {
    id: string;
    anonymity: AnonymityMode;
    approvalRequired: boolean;
    archivedAt: Date | null;
    memberships: { role: Role; mutedUntil: Date | null }[];
  };
};

// null when the member may not see the assignment (not a member, or a student before it opens).
export function toDiscussionSettings(row: SettingsRow, sectionId: string, now = new Date()): DiscussionSettings | null {
  const membership = row.classroom.memberships[0];
  if (!membership) return null;
  const window = assignmentWindow({ ...row, archivedAt: row.classroom.archivedAt }, membership.role, now);
  if (!window.visible) return null;
  const section = row.sections.find((s) => s.sectionId === sectionId);
  return {
    assignmentId: row.id,
    classroomId: row.classroom.id,
    role: membership.role,
    mutedUntil: membership.mutedUntil,
    anonymity: effectiveAnonymity(row, row.classroom),
    approvalRequired: row.approvalRequired ?? row.classroom.approvalRequired,
    slowModeSeconds: row.slowModeSeconds,
    sectionLock: section?.lockedAt ? { reason: section.lockReason ?? "" } : null,
    stanceRequired: row.stanceRequired,
    onlyOwn: row.postFirst && !isModerator(membership.role) && !row.posts.some((post) => post.sectionId === sectionId),
    window,
  };
}

export async function loadDiscussionSettings(userId: string, assignmentId: string, sectionId: string): Promise<DiscussionSettings | null> {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: memberOf(userId) },
    select: discussionSettingsSelect(userId),
  });
  return row ? toDiscussionSettings(row, sectionId) : null;
}

export function isMuted(settings: Pick<DiscussionSettings, "mutedUntil">, now = new Date()): boolean {
  return settings.mutedUntil !== null && settings.mutedUntil > now;
}

// Why this member cannot post here right now, or null. Slow mode is checked at post time
// (it depends on the member's last post); the section page shows it as a notice.
export function postingBlock(settings: DiscussionSettings, thread: { lockReason: string } | null = null, now = new Date()): string | null {
  if (!can(settings.role, "create:post")) return "You cannot post in this discussion.";
  if (!settings.window.canPost) return settings.window.reason ?? "You cannot post in this discussion.";
  if (isMuted(settings, now)) return `You are muted in this class until ${formatTimestamp(settings.mutedUntil!.toISOString())}.`;
  if (settings.sectionLock) return `This section is locked${settings.sectionLock.reason ? `: ${settings.sectionLock.reason}` : "."}`;
  if (thread) return `This thread is locked${thread.lockReason ? `: ${thread.lockReason}` : "."}`;
  return null;
}

// Who is reading the discussion, with post-first applied.
export function discussionViewer(userId: string, settings: DiscussionSettings): DiscussionViewer {
  return { userId, role: settings.role, onlyOwn: settings.onlyOwn };
}

// Students' posts wait for approval when the assignment (or else the class) asks for it.
export function needsApproval(settings: DiscussionSettings): boolean {
  return settings.approvalRequired && !isModerator(settings.role);
}

export function slowModeApplies(settings: DiscussionSettings): boolean {
  return settings.slowModeSeconds > 0 && !isModerator(settings.role);
}

export function slowModeMessage(nextAllowedAt: Date, now = new Date()): string {
  const seconds = Math.max(1, Math.ceil((nextAllowedAt.getTime() - now.getTime()) / 1000));
  return `Slow mode is on: you can post again at ${formatTimestamp(nextAllowedAt.toISOString())} (in ${plural(seconds, "second")}).`;
}

export function describeSlowMode(seconds: number): string {
  if (seconds % 3600 === 0) return plural(seconds / 3600, "hour");
  if (seconds % 60 === 0) return plural(seconds / 60, "minute");
  return plural(seconds, "second");
}

// A thread's lock reason lives in the audit entry that locked it (Post has no column for it).
export async function threadLockReasons(postIds: string[]): Promise<Map<string, string>> {
  if (postIds.length === 0) return new Map();
  const entries = await db.auditEntry.findMany({
    where: { postId: { in: postIds }, action: "LOCK_THREAD" },
    orderBy: { createdAt: "asc" },
    select: { postId: true, reason: true },
  });
  return new Map(entries.map((entry) => [entry.postId!, entry.reason ?? ""]));
}
