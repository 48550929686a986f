import "server-only";
import { can, isModerator } from "@/lib/authz";
import type { SectionAccess } from "@/lib/access";
import { db } from "@/lib/db";
import { formatTimestamp, plural } from "@/lib/format";
import type { AnonymityMode, Role } from "@/lib/generated/prisma/enums";
import { effectiveAnonymity } from "@/lib/discussion/anonymity";
import type { AssignmentWindow } from "@/lib/assignments/window";
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

// The discussion settings of the section the viewer has access to.
export function discussionSettings({ assignment, classroom, role, mutedUntil, section, onlyOwn, window }: SectionAccess): DiscussionSettings {
  return {
    assignmentId: assignment.id,
    classroomId: classroom.id,
    role,
    mutedUntil,
    anonymity: effectiveAnonymity(assignment, classroom),
    approvalRequired: assignment.approvalRequired ?? classroom.approvalRequired,
    slowModeSeconds: assignment.slowModeSeconds,
    sectionLock: section.lock,
    stanceRequired: assignment.stanceRequired,
    onlyOwn,
    window,
  };
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
