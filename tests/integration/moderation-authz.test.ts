import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { can, canModerateMember, isModerator } from "@/lib/authz";
import * as post from "@/lib/moderation/moderate-post";
import { approvePosts } from "@/lib/moderation/approve-posts";
import { lockSection, unlockSection } from "@/lib/moderation/lock-section";
import { muteMember, unmuteMember } from "@/lib/moderation/mute-member";
import { reportPost } from "@/lib/moderation/report-post";
import { updateAssignmentSettings, updateClassSettings, getModerationSettings } from "@/lib/moderation/settings";
import { getModerationQueue } from "@/lib/moderation/queue";
import { getAuditLog, exportAuditLogCsv } from "@/lib/moderation/audit-log";
import { getPostHistory } from "@/lib/moderation/post-history";
import { clearSpotlight, spotlightPost } from "@/lib/board/spotlight";
import { getBoardView } from "@/lib/board/board-view";
import { createMember } from "@/tests/setup/factories";
import { createModeratedClass, createResponseRow, type ModeratedClass } from "@/tests/factories/moderation";
import { outcome, type Outcome } from "@/tests/setup/outcome";

// Every moderation action against every kind of caller. Each cell gets a fresh target, so cells
// don't depend on each other; "ok" cells also check that the audit entry was written.
type Actor = "signed-out" | "other-class student" | "student" | "TA" | "teacher";
const ACTORS: Actor[] = ["signed-out", "other-class student", "student", "TA", "teacher"];

let world: ModeratedClass;
beforeAll(async () => {
  world = await createModeratedClass();
});

function actorId(actor: Actor): string {
  return { "signed-out": world.unknownUserId, "other-class student": world.outsider.id, student: world.bob.id, TA: world.ta.id, teacher: world.teacher.id }[actor];
}

const published = () => createResponseRow(world, world.alice.id);
const pending = () => createResponseRow(world, world.alice.id, { status: "PENDING" });
const sectionPosition = { n: 0 };

type Row = {
  name: string;
  // Builds the input against a fresh target; returns the call.
  run: (userId: string) => Promise<unknown>;
  expected: Record<Actor, Outcome>;
  // Whether a successful call writes an audit entry (reads and reports below threshold don't).
  audited: boolean;
};

const moderators = (overrides: Partial<Record<Actor, Outcome>> = {}): Record<Actor, Outcome> => ({
  "signed-out": "NOT_FOUND",
  "other-class student": "NOT_FOUND",
  student: "FORBIDDEN",
  TA: "ok",
  teacher: "ok",
  ...overrides,
});

const withPost = (make: () => Promise<{ id: string }>, action: (userId: string, input: unknown) => Promise<unknown>, extra: object = {}) => async (userId: string) =>
  action(userId, { postId: (await make()).id, ...extra });

const rows: Row[] = [
  { name: "approve", run: withPost(pending, post.approvePost), expected: moderators(), audited: true },
  {
    name: "bulk approve",
    run: async (userId) => approvePosts(userId, { classroomId: world.classroom.id, postIds: [(await pending()).id] }),
    expected: moderators(),
    audited: true,
  },
  { name: "reject", run: withPost(pending, post.rejectPost, { reason: "r" }), expected: moderators(), audited: true },
  { name: "hide", run: withPost(published, post.hidePost, { reason: "r" }), expected: moderators(), audited: true },
  { name: "delete", run: withPost(published, post.removePost, { reason: "r" }), expected: moderators(), audited: true },
  { name: "restore", run: withPost(() => createResponseRow(world, world.alice.id, { status: "HIDDEN", moderationReason: "r" }), post.restorePost), expected: moderators(), audited: true },
  { name: "pin", run: withPost(published, post.pinPost), expected: moderators(), audited: true },
  { name: "unpin", run: withPost(() => createResponseRow(world, world.alice.id, { pinnedAt: new Date() }), post.unpinPost), expected: moderators(), audited: true },
  { name: "teacher's pick", run: withPost(published, post.pickPost), expected: moderators(), audited: true },
  {
    name: "remove teacher's pick",
    run: withPost(async () => db.post.update({ where: { id: (await published()).id }, data: { teacherPick: true } }), post.unpickPost),
    expected: moderators(),
    audited: true,
  },
  { name: "lock thread", run: withPost(published, post.lockThread, { reason: "r" }), expected: moderators(), audited: true },
  {
    name: "unlock thread",
    run: withPost(async () => db.post.update({ where: { id: (await published()).id }, data: { lockedAt: new Date() } }), post.unlockThread),
    expected: moderators(),
    audited: true,
  },
  {
    name: "lock section",
    run: async (userId) => {
      // Alternate sections so each cell finds one unlocked.
      await db.assignmentSection.updateMany({ where: { assignmentId: world.assignment.id }, data: { lockedAt: null } });
      return lockSection(userId, { assignmentId: world.assignment.id, position: (sectionPosition.n++ % 3) + 1, reason: "r" });
    },
    expected: moderators(),
    audited: true,
  },
  {
    name: "unlock section",
    run: async (userId) => {
      await db.assignmentSection.updateMany({ where: { assignmentId: world.assignment.id }, data: { lockedAt: new Date(), lockReason: "r" } });
      return unlockSection(userId, { assignmentId: world.assignment.id, position: 2 });
    },
    expected: moderators(),
    audited: true,
  },
  {
    name: "mute a student",
    run: async (userId) => muteMember(userId, { membershipId: (await createMember(world.classroom)).membership.id, minutes: 30 }),
    expected: moderators(),
    audited: true,
  },
  {
    name: "mute a teacher",
    run: async (userId) => muteMember(userId, { membershipId: (await createMember(world.classroom, "TEACHER")).membership.id, minutes: 30 }),
    expected: moderators({ TA: "FORBIDDEN", teacher: "FORBIDDEN" }),
    audited: true,
  },
  {
    name: "mute a TA",
    run: async (userId) => muteMember(userId, { membershipId: (await createMember(world.classroom, "TA")).membership.id, minutes: 30 }),
    expected: moderators({ TA: "FORBIDDEN" }),
    audited: true,
  },
  {
    name: "unmute",
    run: async (userId) => {
      const { membership } = await createMember(world.classroom);
      await db.membership.update({ where: { id: membership.id }, data: { mutedUntil: new Date(Date.now() + 60_000) } });
      return unmuteMember(userId, { membershipId: membership.id });
    },
    expected: moderators(),
    audited: true,
  },
  {
    name: "change class settings",
    run: (userId) =>
      updateClassSettings(userId, { classroomId: world.classroom.id, approvalRequired: "", anonymity: "NAMED", reportThreshold: "3", departedPosts: "KEEP" }),
    expected: moderators({ TA: "FORBIDDEN" }),
    audited: true,
  },
  {
    name: "change assignment settings",
    run: (userId) => updateAssignmentSettings(userId, { assignmentId: world.assignment.id, approvalRequired: "inherit", anonymity: "inherit", slowModeSeconds: "0" }),
    expected: moderators({ TA: "FORBIDDEN" }),
    audited: true,
  },
  {
    name: "turn post-first and stance required on",
    run: (userId) =>
      updateAssignmentSettings(userId, {
        assignmentId: world.assignment.id,
        approvalRequired: "inherit",
        anonymity: "inherit",
        slowModeSeconds: "0",
        postFirst: "on",
        stanceRequired: "on",
      }),
    expected: moderators({ TA: "FORBIDDEN" }),
    audited: true,
  },
  {
    name: "turn post-first and stance required off",
    run: async (userId) => {
      await db.assignment.update({ where: { id: world.assignment.id }, data: { postFirst: true, stanceRequired: true } });
      return updateAssignmentSettings(userId, { assignmentId: world.assignment.id, approvalRequired: "inherit", anonymity: "inherit", slowModeSeconds: "0" });
    },
    expected: moderators({ TA: "FORBIDDEN" }),
    audited: true,
  },
  { name: "spotlight", run: withPost(published, spotlightPost), expected: moderators(), audited: true },
  {
    name: "clear the spotlight",
    run: async (userId) => {
      const target = await published();
      await db.assignmentSection.updateMany({ where: { assignmentId: world.assignment.id, sectionId: target.sectionId }, data: { spotlightPostId: target.id, spotlightedAt: new Date() } });
      return clearSpotlight(userId, { assignmentId: world.assignment.id, position: 1 });
    },
    expected: moderators(),
    audited: true,
  },
  {
    name: "report",
    run: withPost(published, reportPost, { reason: "r" }),
    expected: moderators({ student: "ok" }),
    audited: false,
  },
];

// Reads answer null (the page's "not found") to anyone but the class's moderators.
const reads: { name: string; run: (userId: string) => Promise<unknown> }[] = [
  { name: "moderation queue", run: (userId) => getModerationQueue(userId, world.classroom.id) },
  { name: "audit log", run: (userId) => getAuditLog(userId, world.classroom.id, {}) },
  { name: "audit CSV", run: (userId) => exportAuditLogCsv(userId, world.classroom.id, {}) },
  { name: "settings", run: (userId) => getModerationSettings(userId, world.classroom.id) },
  { name: "edit history", run: async (userId) => getPostHistory(userId, (await published()).id) },
  { name: "live board", run: (userId) => getBoardView(userId, world.assignment.id, 1, { showNames: true }) },
];

describe("authorization matrix: commands", () => {
  for (const row of rows) {
    it.each(ACTORS)(`${row.name} × %s`, async (actor) => {
      const auditBefore = await db.auditEntry.count({ where: { classroomId: world.classroom.id } });
      expect(await outcome(() => row.run(actorId(actor)))).toBe(row.expected[actor]);
      const written = (await db.auditEntry.count({ where: { classroomId: world.classroom.id } })) - auditBefore;
      expect(written).toBe(row.expected[actor] === "ok" && row.audited ? 1 : 0);
    });
  }
});

describe("authorization matrix: reads", () => {
  for (const read of reads) {
    it.each(ACTORS)(`${read.name} × %s`, async (actor) => {
      const result = await read.run(actorId(actor));
      if (actor === "TA" || actor === "teacher") expect(result).not.toBeNull();
      else expect(result).toBeNull();
    });
  }
});

describe("moderation permissions", () => {
  it("lets teachers and TAs moderate, only teachers configure, and anyone report", () => {
    expect([isModerator("TEACHER"), isModerator("TA"), isModerator("STUDENT"), isModerator(null)]).toEqual([true, true, false, false]);
    expect([can("TEACHER", "configure:moderation"), can("TA", "configure:moderation"), can("STUDENT", "configure:moderation")]).toEqual([true, false, false]);
    expect([can("TEACHER", "report:post"), can("TA", "report:post"), can("STUDENT", "report:post"), can(undefined, "report:post")]).toEqual([true, true, true, false]);
  });

  it("ranks members: only a higher role acts on a lower one", () => {
    expect(canModerateMember("TEACHER", "TA")).toBe(true);
    expect(canModerateMember("TEACHER", "STUDENT")).toBe(true);
    expect(canModerateMember("TEACHER", "TEACHER")).toBe(false);
    expect(canModerateMember("TA", "STUDENT")).toBe(true);
    expect(canModerateMember("TA", "TA")).toBe(false);
    expect(canModerateMember("TA", "TEACHER")).toBe(false);
    expect(canModerateMember("STUDENT", "STUDENT")).toBe(false);
  });
});
