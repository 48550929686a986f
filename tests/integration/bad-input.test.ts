import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createAccount } from "@/lib/accounts/create-account";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { getClassOverview } from "@/lib/assignments/class-overview";
import { markClaim } from "@/lib/claims/mark-claim";
import { removeClaim } from "@/lib/claims/remove-claim";
import { createClassroom } from "@/lib/classes/create-classroom";
import { joinClassroom } from "@/lib/classes/join-classroom";
import { changeMemberRole, regenerateJoinCode, removeMember, setClassroomArchived } from "@/lib/classes/manage-classroom";
import { findClassroomByJoinCode, getClassroom, getRoster } from "@/lib/classes/queries";
import { getDebateView } from "@/lib/debate/debate-view";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { deletePost, editPost } from "@/lib/discussion/change-post";
import { listResponses } from "@/lib/discussion/list-responses";
import { SectionPosition } from "@/lib/discussion/schemas";
import * as moderate from "@/lib/moderation/moderate-post";
import { approvePosts } from "@/lib/moderation/approve-posts";
import { exportAuditLogCsv, getAuditLog } from "@/lib/moderation/audit-log";
import { lockSection, unlockSection } from "@/lib/moderation/lock-section";
import { muteMember, unmuteMember } from "@/lib/moderation/mute-member";
import { getPostHistory } from "@/lib/moderation/post-history";
import { findReportTarget } from "@/lib/moderation/report-target";
import { getModerationQueue } from "@/lib/moderation/queue";
import { reportPost } from "@/lib/moderation/report-post";
import { getModerationSettings, updateAssignmentSettings, updateClassSettings } from "@/lib/moderation/settings";
import { answerPoll } from "@/lib/poll/answer-poll";
import { setAfterRound, setThesis } from "@/lib/poll/configure-poll";
import { getPollResults } from "@/lib/poll/poll-results";
import { getPollView } from "@/lib/poll/poll-view";
import { assignReading } from "@/lib/readings/assign-reading";
import { extractReadingText } from "@/lib/readings/import-file";
import { getLibraryReading } from "@/lib/readings/library";
import { getReadingOverview } from "@/lib/readings/queries";
import { createReading, updateReading } from "@/lib/readings/save-reading";
import { getSectionView } from "@/lib/sections/section-view";
import { createMember } from "@/tests/setup/factories";
import { createModeratedClass, createResponseRow, type ModeratedClass } from "@/tests/factories/moderation";
import { BAD_INPUTS, FOREIGN_IDS, UNKNOWN_FIELDS, mayAccept, type BadInput, type FieldKind } from "@/tests/corpus/bad-input";

// Every lib command behind a server action or a route handler, and every query behind a page, gets
// each entry of the bad-input corpus in each of its fields, the whole input replaced by each entry,
// and unknown fields. Each call must answer (an AppError, which the app turns into a 4xx or a form
// message) and never fail otherwise (a 500); a refused call writes nothing; a call may succeed only
// with an entry that is legitimate for that field (tests/corpus/bad-input.ts).

type Input = Record<string, unknown>;
type Field = { kind: FieldKind; optional?: boolean; entity?: Entity };
type Entity = "classroom" | "assignment" | "post" | "membership" | "reading" | "section" | "claim";
type Command = {
  name: string;
  run: (input: Input) => Promise<unknown>;
  /** A valid input, built afresh for each call. */
  base: () => Input | Promise<Input>;
  fields: Record<string, Field>;
  /** Routes and pages take their arguments from the URL: there is no whole input to replace. */
  fromUrl?: true;
};

let world: ModeratedClass;
let other: ModeratedClass;
let targets: Awaited<ReturnType<typeof createTargets>>;

// The rows the commands act on; each command's base input is valid against them.
async function createTargets() {
  const post = (data: Parameters<typeof createResponseRow>[2] = {}) => createResponseRow(world, world.alice.id, data);
  const [published, own, removable, mutable, muted] = await Promise.all([
    post(),
    post(),
    createMember(world.classroom),
    createMember(world.classroom),
    createMember(world.classroom),
  ]);
  await db.membership.update({ where: { id: muted.membership.id }, data: { mutedUntil: new Date(Date.now() + 3_600_000) } });
  await db.assignment.update({ where: { id: world.assignment.id }, data: { thesis: "A thesis to rate." } });
  await db.assignmentSection.updateMany({ where: { assignmentId: world.assignment.id, sectionId: world.reading.sections[2]!.id }, data: { lockedAt: new Date(), lockReason: "r" } });
  const claim = await markClaim(world.teacher.id, { ...claimInput(), sources: [{ title: "A source", url: "https://example.com/", perspective: "Someone" }] });
  const ownReading = await createReading(world.teacher.id, readingInput());
  return { published, own, removable, mutable, muted, claim, ownReading };
}

const claimInput = () => ({ assignmentId: world.assignment.id, position: "1", start: "0", end: "7", quote: "Section", note: "A note." });
const readingInput = () => ({
  title: "A reading",
  author: "An author",
  source: "https://example.com/",
  perspective: "A view",
  text: "First paragraph.\n\nSecond paragraph.",
  sections: [{ start: 0, heading: "One", question: "Why?" }],
});

const id = (entity: Entity, optional = false): Field => ({ kind: "id", entity, optional });
const text = (optional = false): Field => ({ kind: "text", optional });
const choice = (optional = false): Field => ({ kind: "choice", optional });
const number = (optional = false): Field => ({ kind: "number", optional });
// Each moderation command gets a post of its own, in the state it acts on.
type PostState = NonNullable<Parameters<typeof createResponseRow>[2]> & { teacherPick?: boolean; lockedAt?: Date };
async function postIn({ teacherPick, lockedAt, ...row }: PostState) {
  const post = await createResponseRow(world, world.alice.id, row);
  return teacherPick || lockedAt ? db.post.update({ where: { id: post.id }, data: { teacherPick, lockedAt } }) : post;
}
const postCommand = (name: string, run: (userId: string, input: unknown) => Promise<unknown>, state: PostState, reason = false): Command => {
  let target: Promise<{ id: string }> | undefined;
  return {
    name,
    run: (input) => run(world.teacher.id, input),
    base: async () => ({ postId: (await (target ??= postIn(state))).id, ...(reason ? { reason: "A reason." } : {}) }),
    fields: { postId: id("post"), ...(reason ? { reason: text() } : {}) },
  };
};

const COMMANDS: Command[] = [
  // Accounts (sign-up and sign-in forms).
  { name: "createAccount", run: (input) => createAccount(input), base: () => ({ name: "New Person", email: "new.person@example.test", password: "long-enough-password" }), fields: { name: text(), email: text(), password: text() } },
  { name: "verifyCredentials", run: (input) => verifyCredentials(input), base: () => ({ email: "nobody@example.test", password: "long-enough-password" }), fields: { email: text(), password: text() } },
  // Never the right password here: every input is refused and nothing is deleted.
  { name: "deleteAccount", run: (input) => deleteAccount(world.carol.id, input), base: () => ({ password: "not-carols-password" }), fields: { password: text() } },
  // Classes.
  { name: "createClassroom", run: (input) => createClassroom(world.teacher.id, input), base: () => ({ name: "A class" }), fields: { name: text() } },
  { name: "joinClassroom", run: (input) => joinClassroom(world.outsider.id, input), base: () => ({ code: other.classroom.joinCode }), fields: { code: text() } },
  {
    name: "changeMemberRole",
    run: (input) => changeMemberRole(world.teacher.id, input),
    base: () => ({ classroomId: world.classroom.id, membershipId: targets.mutable.membership.id, role: "STUDENT" }),
    fields: { classroomId: id("classroom"), membershipId: id("membership"), role: choice() },
  },
  {
    name: "removeMember",
    run: (input) => removeMember(world.teacher.id, input),
    base: () => ({ classroomId: world.classroom.id, membershipId: targets.removable.membership.id }),
    fields: { classroomId: id("classroom"), membershipId: id("membership") },
  },
  { name: "regenerateJoinCode", run: (input) => regenerateJoinCode(world.teacher.id, input), base: () => ({ classroomId: world.classroom.id }), fields: { classroomId: id("classroom") } },
  {
    name: "setClassroomArchived",
    run: (input) => setClassroomArchived(world.teacher.id, input),
    base: () => ({ classroomId: world.classroom.id, archived: "false" }),
    fields: { classroomId: id("classroom"), archived: choice() },
  },
  // Readings and assignments.
  {
    name: "assignReading",
    run: (input) => assignReading(world.teacher.id, input),
    base: () => ({
      classroomId: world.classroom.id,
      readingId: world.reading.id,
      opensAt: "",
      dueAt: "2099-01-01T00:00:00Z",
      latePolicy: "ACCEPT_LATE",
      minResponses: "1",
      minReplies: "0",
      minWords: "0",
      postFirst: "",
      stanceRequired: "on",
      sectionIds: world.reading.sections.map((section) => section.id),
    }),
    fields: {
      classroomId: id("classroom"),
      readingId: id("reading"),
      opensAt: { kind: "date", optional: true },
      dueAt: { kind: "date", optional: true },
      latePolicy: choice(true),
      minResponses: number(true),
      minReplies: number(true),
      minWords: number(true),
      postFirst: choice(true),
      stanceRequired: choice(true),
      sectionIds: { kind: "list", optional: true },
    },
  },
  {
    name: "createReading",
    run: (input) => createReading(world.teacher.id, input),
    base: readingInput,
    fields: { title: text(), author: text(true), source: text(true), perspective: text(true), text: { kind: "document" }, sections: { kind: "list" } },
  },
  {
    name: "updateReading", fromUrl: true,
    run: ({ readingId, ...input }) => updateReading(world.teacher.id, readingId as string, input),
    base: () => ({ readingId: targets.ownReading.id, ...readingInput() }),
    fields: { readingId: id("reading"), title: text(), author: text(true), source: text(true), perspective: text(true), text: { kind: "document" }, sections: { kind: "list" } },
  },
  // Discussion (forms and the JSON API).
  {
    name: "createResponse",
    run: (input) => createResponse(world.bob.id, input),
    base: () => ({ assignmentId: world.assignment.id, position: "1", body: "A response.", stance: "CHALLENGES", kind: "EVIDENCE", sources: [{ title: "A source", url: "https://example.com/" }], quoteStart: "0", quoteEnd: "7", quoteText: "Section" }),
    fields: {
      assignmentId: id("assignment"),
      position: number(),
      body: text(),
      stance: choice(true),
      kind: choice(true),
      sources: { kind: "list", optional: true },
      quoteStart: number(true),
      quoteEnd: number(true),
      quoteText: text(true),
    },
  },
  {
    name: "createResponse (form fields)",
    run: (input) => createResponse(world.bob.id, input),
    base: () => ({ assignmentId: world.assignment.id, position: "2", body: "A response.", stance: "", kind: "EVIDENCE", "sources.0.title": "A source", "sources.0.url": "https://example.com/" }),
    fields: { "sources.0.title": text(true), "sources.0.url": text(true) },
  },
  {
    name: "createReply",
    run: (input) => createReply(world.bob.id, input),
    base: () => ({ parentId: targets.published.id, body: "A reply.", replyKind: "COUNTER", quoteStart: "", quoteEnd: "", quoteText: "" }),
    fields: { parentId: id("post"), body: text(), replyKind: choice(true), quoteStart: number(true), quoteEnd: number(true), quoteText: text(true) },
  },
  {
    name: "editPost",
    run: (input) => editPost(world.alice.id, input),
    base: () => ({ postId: targets.own.id, body: "Edited.", stance: "SUPPORTS", kind: "CLAIM", sources: [], replyKind: "" }),
    fields: { postId: id("post"), body: text(), stance: choice(true), kind: choice(true), sources: { kind: "list", optional: true }, replyKind: choice(true) },
  },
  { name: "deletePost", run: (input) => deletePost(world.alice.id, input), base: () => ({ postId: targets.own.id }), fields: { postId: id("post") } },
  // Moderation.
  postCommand("approvePost", moderate.approvePost, { status: "PENDING" }),
  postCommand("rejectPost", moderate.rejectPost, { status: "PENDING" }, true),
  postCommand("hidePost", moderate.hidePost, {}, true),
  postCommand("removePost", moderate.removePost, {}, true),
  postCommand("restorePost", moderate.restorePost, { status: "HIDDEN", moderationReason: "r" }),
  postCommand("pinPost", moderate.pinPost, {}),
  postCommand("unpinPost", moderate.unpinPost, { pinnedAt: new Date() }),
  postCommand("pickPost", moderate.pickPost, {}),
  postCommand("unpickPost", moderate.unpickPost, { teacherPick: true }),
  postCommand("lockThread", moderate.lockThread, {}, true),
  postCommand("unlockThread", moderate.unlockThread, { lockedAt: new Date() }),
  {
    name: "approvePosts",
    run: (input) => approvePosts(world.teacher.id, input),
    base: async () => ({ classroomId: world.classroom.id, postIds: [(await pendingForBulk).id] }),
    fields: { classroomId: id("classroom"), postIds: { kind: "ids" } },
  },
  {
    name: "lockSection",
    run: (input) => lockSection(world.teacher.id, input),
    base: () => ({ assignmentId: world.assignment.id, position: "2", reason: "A reason." }),
    fields: { assignmentId: id("assignment"), position: number(), reason: text() },
  },
  {
    name: "unlockSection",
    run: (input) => unlockSection(world.teacher.id, input),
    base: () => ({ assignmentId: world.assignment.id, position: "3" }),
    fields: { assignmentId: id("assignment"), position: number() },
  },
  {
    name: "muteMember",
    run: (input) => muteMember(world.teacher.id, input),
    base: () => ({ membershipId: targets.mutable.membership.id, minutes: "30", reason: "" }),
    fields: { membershipId: id("membership"), minutes: number(), reason: text(true) },
  },
  { name: "unmuteMember", run: (input) => unmuteMember(world.teacher.id, input), base: () => ({ membershipId: targets.muted.membership.id }), fields: { membershipId: id("membership") } },
  {
    name: "updateClassSettings",
    run: (input) => updateClassSettings(world.teacher.id, input),
    base: () => ({ classroomId: world.classroom.id, approvalRequired: "", anonymity: "NAMED", reportThreshold: "3", departedPosts: "KEEP" }),
    fields: { classroomId: id("classroom"), approvalRequired: choice(true), anonymity: choice(), reportThreshold: number(), departedPosts: choice(true) },
  },
  {
    name: "updateAssignmentSettings",
    run: (input) => updateAssignmentSettings(world.teacher.id, input),
    base: () => ({ assignmentId: world.assignment.id, approvalRequired: "inherit", anonymity: "inherit", slowModeSeconds: "0", postFirst: "", stanceRequired: "" }),
    fields: { assignmentId: id("assignment"), approvalRequired: choice(), anonymity: choice(), slowModeSeconds: number(), postFirst: choice(true), stanceRequired: choice(true) },
  },
  {
    name: "reportPost",
    run: (input) => reportPost(world.carol.id, input),
    base: () => ({ postId: targets.published.id, reason: "A reason." }),
    fields: { postId: id("post"), reason: text() },
  },
  // Contested claims.
  {
    name: "markClaim",
    run: (input) => markClaim(world.teacher.id, input),
    base: () => ({ ...claimInput(), start: "8", end: "12", quote: "1 te", "sources.0.title": "A source", "sources.0.url": "https://example.com/", "sources.0.perspective": "Someone" }),
    fields: { assignmentId: id("assignment"), position: number(), start: number(), end: number(), quote: text(), note: text(), "sources.0.title": text(true), "sources.0.url": text(true), "sources.0.perspective": text(true) },
  },
  { name: "removeClaim", run: (input) => removeClaim(world.teacher.id, input), base: () => ({ assignmentId: world.assignment.id, claimId: targets.claim.id }), fields: { assignmentId: id("assignment"), claimId: id("claim") } },
  // Stance poll.
  {
    name: "answerPoll",
    run: (input) => answerPoll(world.carol.id, input),
    base: () => ({ assignmentId: world.assignment.id, round: "BEFORE", rating: "3" }),
    fields: { assignmentId: id("assignment"), round: choice(), rating: number() },
  },
  {
    name: "setThesis",
    run: (input) => setThesis(world.teacher.id, input),
    base: () => ({ assignmentId: world.assignment.id, thesis: "A new thesis.", confirmClear: "" }),
    fields: { assignmentId: id("assignment"), thesis: text(true), confirmClear: choice(true) },
  },
  { name: "setAfterRound", run: (input) => setAfterRound(world.teacher.id, input), base: () => ({ assignmentId: world.assignment.id, open: "open" }), fields: { assignmentId: id("assignment"), open: choice() } },
  // Route handlers: the arguments each one passes from its URL and query.
  {
    name: "GET responses (listResponses)", fromUrl: true,
    run: ({ assignmentId, position, cursor }) => listResponses(world.teacher.id, assignmentId as string, parseInput(SectionPosition, position), cursor as string),
    base: () => ({ assignmentId: world.assignment.id, position: "1", cursor: null }),
    fields: { assignmentId: id("assignment"), position: number(), cursor: { kind: "cursor" } },
  },
  { name: "GET poll.csv (getPollResults)", fromUrl: true, run: ({ assignmentId }) => getPollResults(world.teacher.id, assignmentId as string), base: () => ({ assignmentId: world.assignment.id }), fields: { assignmentId: id("assignment") } },
  { name: "GET overview.csv (getClassOverview)", fromUrl: true, run: ({ classId }) => getClassOverview(world.teacher.id, classId as string), base: () => ({ classId: world.classroom.id }), fields: { classId: id("classroom") } },
  {
    name: "GET audit CSV (exportAuditLogCsv)", fromUrl: true,
    run: ({ classId, ...filter }) => exportAuditLogCsv(world.teacher.id, classId as string, filter),
    base: () => ({ classId: world.classroom.id, action: "HIDE", student: "", from: "2026-01-01", to: "2099-12-31" }),
    fields: { classId: id("classroom"), action: choice(true), student: text(true), from: { kind: "date", optional: true }, to: { kind: "date", optional: true } },
  },
  // Pages: the query each one makes from its URL.
  { name: "page /classes/[classId]", fromUrl: true, run: ({ classId }) => getClassroom(world.alice.id, classId as string), base: () => ({ classId: world.classroom.id }), fields: { classId: id("classroom") } },
  { name: "page roster", fromUrl: true, run: ({ classId }) => getRoster(world.teacher.id, classId as string), base: () => ({ classId: world.classroom.id }), fields: { classId: id("classroom") } },
  { name: "page moderation queue", fromUrl: true, run: ({ classId }) => getModerationQueue(world.teacher.id, classId as string), base: () => ({ classId: world.classroom.id }), fields: { classId: id("classroom") } },
  { name: "page moderation settings", fromUrl: true, run: ({ classId }) => getModerationSettings(world.teacher.id, classId as string), base: () => ({ classId: world.classroom.id }), fields: { classId: id("classroom") } },
  {
    name: "page audit log", fromUrl: true,
    run: ({ classId, ...filter }) => getAuditLog(world.teacher.id, classId as string, filter),
    base: () => ({ classId: world.classroom.id, action: "", student: "", from: "", to: "" }),
    fields: { classId: id("classroom"), action: choice(true), student: text(true), from: { kind: "date", optional: true }, to: { kind: "date", optional: true } },
  },
  { name: "page edit history", fromUrl: true, run: ({ postId }) => getPostHistory(world.teacher.id, postId as string), base: () => ({ postId: targets.published.id }), fields: { postId: id("post") } },
  { name: "page report a post", fromUrl: true, run: ({ postId }) => findReportTarget(world.teacher.id, postId as string), base: () => ({ postId: targets.published.id }), fields: { postId: id("post") } },
  { name: "page reading overview", fromUrl: true, run: ({ assignmentId }) => getReadingOverview(world.alice.id, assignmentId as string), base: () => ({ assignmentId: world.assignment.id }), fields: { assignmentId: id("assignment") } },
  { name: "page poll", fromUrl: true, run: ({ assignmentId }) => getPollView(world.alice.id, assignmentId as string), base: () => ({ assignmentId: world.assignment.id }), fields: { assignmentId: id("assignment") } },
  {
    name: "page section", fromUrl: true,
    run: ({ assignmentId, position, cursor, passage }) =>
      getSectionView(world.alice.id, assignmentId as string, Number(position), { cursor: cursor as string, passage: passage as never }),
    base: () => ({ assignmentId: world.assignment.id, position: "1", cursor: null, passage: null }),
    fields: { assignmentId: id("assignment"), cursor: { kind: "cursor" } },
  },
  {
    name: "page debate", fromUrl: true,
    run: ({ assignmentId, position, cursor }) => getDebateView(world.alice.id, assignmentId as string, Number(position), { filter: "challenges", cursor: cursor as string }),
    base: () => ({ assignmentId: world.assignment.id, position: "1", cursor: null }),
    fields: { assignmentId: id("assignment"), cursor: { kind: "cursor" } },
  },
  { name: "page library reading", fromUrl: true, run: ({ readingId }) => getLibraryReading(world.teacher.id, readingId as string), base: () => ({ readingId: targets.ownReading.id }), fields: { readingId: id("reading") } },
  { name: "page join link", fromUrl: true, run: ({ code }) => findClassroomByJoinCode(code as string), base: () => ({ code: other.classroom.joinCode }), fields: { code: text() } },
];

// Counts every row written, in committed transactions only: a trigger on each table (the test's own
// database). A refused call must leave it unchanged. Rate-limit counters are not counted: a refused
// attempt is exactly what they must record (ADR 0011).
async function installWriteCounter() {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'RateLimit')`;
  await db.$executeRawUnsafe(`CREATE TABLE write_count (n bigint NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO write_count VALUES (0)`);
  await db.$executeRawUnsafe(
    `CREATE FUNCTION count_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE write_count SET n = n + 1; RETURN NULL; END $$`,
  );
  for (const { name } of tables) {
    await db.$executeRawUnsafe(`CREATE TRIGGER count_writes AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION count_write()`);
  }
}

// Read through a plain connection: it is asked after every call, and Prisma's round trip costs more.
const counter = new pg.Client({ connectionString: process.env.DATABASE_URL });

async function writes(): Promise<number> {
  const { rows } = await counter.query<{ n: string }>("SELECT n FROM write_count");
  return Number(rows[0]!.n);
}

type Outcome = "accepted" | "refused" | `crashed: ${string}`;

// The count after one call is the count before the next.
let lastCount = 0;

async function call(command: Command, input: Input): Promise<{ outcome: Outcome; wrote: number }> {
  const before = lastCount;
  let outcome: Outcome;
  try {
    const result = await command.run(input);
    // Reads answer null for what the viewer may not see: the page's "not found".
    outcome = result === null ? "refused" : "accepted";
  } catch (error) {
    outcome = error instanceof AppError ? "refused" : `crashed: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`;
  }
  lastCount = await writes();
  return { outcome, wrote: lastCount - before };
}

function foreignId(entity: Entity, kind: "same kind" | "other kind"): string {
  const ids: Record<Entity, string> = {
    classroom: other.classroom.id,
    assignment: other.assignment.id,
    post: otherPost.id,
    membership: other.aliceMembership.id,
    reading: otherReading.id,
    section: other.reading.sections[0]!.id,
    claim: otherClaim.id,
  };
  return kind === "same kind" ? ids[entity] : ids[entity === "post" ? "classroom" : "post"];
}

let otherPost: { id: string };
let pendingForBulk: Promise<{ id: string }>;
let otherReading: { id: string };
let otherClaim: { id: string };
const pairs = { count: 0 };

beforeAll(async () => {
  world = await createModeratedClass();
  other = await createModeratedClass();
  targets = await createTargets();
  otherPost = await createResponseRow(other, other.alice.id);
  pendingForBulk = createResponseRow(world, world.alice.id, { status: "PENDING" });
  // Sample readings are everyone's; another teacher's own reading is not.
  otherReading = await createReading(other.teacher.id, readingInput());
  otherClaim = await markClaim(other.teacher.id, {
    assignmentId: other.assignment.id,
    position: 1,
    start: 0,
    end: 7,
    quote: "Section",
    note: "A note.",
    sources: [{ title: "A source", url: "https://example.com/", perspective: "Someone" }],
  });
  await installWriteCounter();
  await counter.connect();
  lastCount = await writes();
}, 120_000);

afterAll(async () => {
  await counter.end();
  console.log(`bad input: ${BAD_INPUTS.length} corpus entries (+${FOREIGN_IDS.length} foreign ids, unknown fields), ${COMMANDS.length} commands and queries, ${pairs.count} (command × field × input) calls`);
});

function describeFailure(entry: { name: string }, field: string, { outcome, wrote }: { outcome: Outcome; wrote: number }) {
  return `${field} = ${entry.name}: ${outcome}${wrote ? `, wrote ${wrote} rows` : ""}`;
}

describe.each(COMMANDS)("$name", (command) => {
  it.each(Object.entries(command.fields))("answers every bad input in %s with a refusal that writes nothing", async (field, spec) => {
    const failures: string[] = [];
    const entries: BadInput[] = [
      ...BAD_INPUTS,
      ...(spec.entity ? FOREIGN_IDS.map((foreign) => ({ name: foreign.name, value: foreignId(spec.entity!, foreign.foreign) })) : []),
    ];
    const base = await command.base();
    lastCount = await writes();
    for (const entry of entries) {
      const result = await call(command, { ...base, [field]: entry.value });
      pairs.count++;
      const acceptable = mayAccept(entry, spec.kind, spec.optional ?? false);
      const failed = result.outcome.startsWith("crashed") || (result.outcome === "refused" && result.wrote > 0) || (result.outcome === "accepted" && !acceptable);
      if (failed) failures.push(describeFailure(entry, field, result));
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("refuses every bad input as the whole input, and ignores unknown fields", async () => {
    const failures: string[] = [];
    for (const entry of command.fromUrl ? [] : BAD_INPUTS) {
      const result = await call(command, entry.value as Input);
      pairs.count++;
      if (result.outcome !== "refused" || result.wrote > 0) failures.push(describeFailure(entry, "input", result));
    }
    const base = await command.base();
    lastCount = await writes();
    const extra = await call(command, { ...base, ...UNKNOWN_FIELDS });
    pairs.count++;
    if (extra.outcome.startsWith("crashed")) failures.push(describeFailure({ name: "unknown fields" }, "input", extra));
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});

// POST /api/readings/extract hands the uploaded file's name and bytes to extractReadingText.
describe("extractReadingText", () => {
  const MB = 1024 * 1024;
  const files: { name: string; bytes: Uint8Array }[] = [
    { name: "empty.txt", bytes: new Uint8Array() },
    { name: "nul.txt", bytes: new Uint8Array([0x61, 0x00, 0x62]) },
    { name: "latin1.txt", bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) },
    { name: "lone-surrogate.txt", bytes: new Uint8Array([0xed, 0xa0, 0x80]) },
    { name: "bom-only.txt", bytes: new Uint8Array([0xef, 0xbb, 0xbf]) },
    { name: "utf16.txt", bytes: new Uint8Array([0xff, 0xfe, 0x61, 0x00]) },
    { name: "big.txt", bytes: new Uint8Array(3 * MB).fill(0x61) },
    { name: "fake.docx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
    { name: "text.docx", bytes: new TextEncoder().encode("not a zip at all") },
    { name: "program.exe", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) },
    { name: "no-extension", bytes: new TextEncoder().encode("text") },
  ];

  it("refuses every bad file and every bad name with a field message", async () => {
    const failures: string[] = [];
    const attempts = [
      ...files,
      ...BAD_INPUTS.filter((entry) => typeof entry.value === "string").map((entry) => ({ name: `${entry.value as string}.exe`, bytes: new Uint8Array([0x61]) })),
    ];
    for (const file of attempts) {
      pairs.count++;
      try {
        await extractReadingText(file);
        failures.push(`${file.name.slice(0, 40)}: accepted`);
      } catch (error) {
        if (!(error instanceof AppError) || !error.fieldErrors?.file) failures.push(`${file.name.slice(0, 40)}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
