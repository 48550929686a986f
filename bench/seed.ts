// Bench data: one class (a teacher and students), a reading with three sections assigned to it,
// section 1 ("A") with many posts and section 2 ("B") with few, in the same mix: stances, kinds,
// sources, reply kinds and quotes of the section text included. Bulk inserts only.
import { hashPassword } from "../lib/accounts/password";
import { renderedBody } from "../lib/markdown/render";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { between, markdownBody, pick, prng, SECTION_BODY, type Rng } from "./content";
import type { Span } from "../lib/discussion/quote-spans";
import { debateStats, quotedSpans, quotePicker, replyArgument, responseArgument, type DebateStats, type Quote, type ReplyArgument, type ResponseArgument } from "./debate";

export const BENCH_PASSWORD = "bench-password-123";
const DAY = 24 * 60 * 60 * 1000;

export type SectionSeed = { position: number; heading: string; posts: number };

export type SeededSection = SectionSeed & {
  id: string;
  responses: number;
  replies: number;
  deleted: number;
  /** Text of the newest response, plain words only, so it can be found in the rendered page. */
  newestMarker: string;
  /** What its published posts add up to (stances, quotes, unanswered challenges). */
  debate: DebateStats;
  /** The spans its published posts quote, one per post. */
  quotedSpans: Span[];
};

export type Seeded = {
  assignmentId: string;
  student: { email: string; password: string };
  teacher: { email: string; password: string };
  /** Every student, the first one included. */
  students: { email: string; password: string }[];
  sections: SeededSection[];
  seconds: number;
};

// Realistic mix: 80 % responses, 20 % replies; 1 % of responses deleted by their author.
const REPLY_SHARE = 0.2;
const DELETED_SLOT = 14;
const CONTENT_SEED = 1953;
const SPREAD_DAYS = 120;

export type SeedOptions = {
  students?: number;
  seed?: number;
  /** Another class in the same database: its users' emails, ids and join code start with this. */
  prefix?: string;
};

export async function seedBench(db: PrismaClient, sections: SectionSeed[], options: SeedOptions = {}): Promise<Seeded> {
  const started = performance.now();
  const rng = prng(options.seed ?? 20261127);
  const students = options.students ?? 30;
  const prefix = options.prefix ?? "";
  const now = Date.now();
  let counter = 0;
  // cuid-shaped ids (lower-case alphanumerics), unique within the run, valid for the cursor format.
  const newId = () => `c${prefix || "b"}${(counter++).toString(36).padStart(7, "0")}${Math.floor(rng() * 36 ** 8).toString(36).padStart(8, "0")}`;

  const passwordHash = await hashPassword(BENCH_PASSWORD); // argon2 once, shared by every bench user
  const users = [
    { id: newId(), email: `${prefix}teacher@bench.test`, name: "Bench Teacher", passwordHash, createdAt: new Date(now - 200 * DAY) },
    ...Array.from({ length: students }, (_, i) => ({
      id: newId(),
      email: `${prefix}student${i + 1}@bench.test`,
      name: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
      passwordHash,
      createdAt: new Date(now - 200 * DAY),
    })),
  ];
  await db.user.createMany({ data: users });
  const teacher = users[0]!;
  const classroom = await db.classroom.create({
    data: { name: `Bench History 101${prefix ? ` (${prefix})` : ""}`, joinCode: `BENCH${prefix.toUpperCase()}${newId().slice(-6).toUpperCase()}`, createdAt: new Date(now - 200 * DAY) },
  });
  await db.membership.createMany({
    data: users.map((user, i) => ({ id: newId(), classroomId: classroom.id, userId: user.id, role: i === 0 ? "TEACHER" : "STUDENT" }) as const),
  });
  const reading = await db.reading.create({
    data: { ownerId: teacher.id, title: "The Forgotten War", subtitle: "A bench reading", createdAt: new Date(now - 190 * DAY) },
  });
  const assignment = await db.assignment.create({
    data: { classroomId: classroom.id, readingId: reading.id, createdAt: new Date(now - 180 * DAY) },
  });

  const seeded: SeededSection[] = [];
  for (const spec of sections) {
    const section = await db.section.create({
      data: {
        readingId: reading.id,
        position: spec.position,
        heading: spec.heading,
        // The same text in every section, so the same quote is the same span in A and B.
        body: SECTION_BODY,
        question: `What does section ${spec.position} argue, and how convincing is it?`,
      },
    });
    // The assignment includes every bench section (AssignmentSection).
    await db.assignmentSection.create({ data: { assignmentId: assignment.id, sectionId: section.id } });
    seeded.push(await seedPosts(db, rng, newId, { ...spec, id: section.id }, assignment.id, users, now));
  }
  await db.$executeRawUnsafe('ANALYZE "Post"'); // as autovacuum would have long done on a live database
  return {
    assignmentId: assignment.id,
    student: { email: users[1]!.email, password: BENCH_PASSWORD },
    teacher: { email: users[0]!.email, password: BENCH_PASSWORD },
    students: users.slice(1).map((user) => ({ email: user.email, password: BENCH_PASSWORD })),
    sections: seeded,
    seconds: (performance.now() - started) / 1000,
  };
}

async function seedPosts(
  db: PrismaClient,
  rng: Rng,
  newId: () => string,
  section: SectionSeed & { id: string },
  assignmentId: string,
  users: { id: string }[],
  now: number,
): Promise<SeededSection> {
  const replyCount = Math.round(section.posts * REPLY_SHARE);
  const responseCount = section.posts - replyCount;
  const newestMarker = `Newest bench response in section ${section.position} ${newId()}`;
  // What a page shows comes from streams seeded the same in every section, consumed newest first,
  // so the k-th newest response (body, author, replies) is identical in sections A and B and the
  // two pages differ only in how much data sits behind them. Timestamps come from the shared rng.
  const content = prng(CONTENT_SEED);
  const threadSizes = prng(CONTENT_SEED + 1);
  const replyContent = prng(CONTENT_SEED + 2);
  const arguments_ = prng(CONTENT_SEED + 3);
  const replyArguments = prng(CONTENT_SEED + 4);
  const quote = quotePicker(SECTION_BODY);

  type Row = { id: string; assignmentId: string; sectionId: string; authorId: string; parentId: string | null; body: string; status: "PUBLISHED" | "DELETED"; createdAt: Date; editedAt: Date | null }
    & Partial<Quote & Omit<ResponseArgument, "sources" | "quote"> & Omit<ReplyArgument, "quote">>;
  // Spread over SPREAD_DAYS, denser toward the present; the newest is a minute old.
  const ages = Array.from({ length: responseCount }, (_, k) => (k === 0 ? 60_000 : 120_000 + Math.pow(rng(), 1.5) * SPREAD_DAYS * DAY));
  ages.sort((a, b) => a - b);
  const sources: { id: string; postId: string; position: number; title: string; url: string }[] = [];
  const responses: Row[] = ages.map((age, k) => {
    const createdAt = new Date(now - age);
    const body = markdownBody(content, "response");
    const { sources: cited, quote: quoted, ...argument } = responseArgument(arguments_, quote);
    const id = newId();
    sources.push(...cited.map((source, position) => ({ id: newId(), postId: id, position, ...source })));
    return {
      ...argument,
      ...quoted,
      id,
      assignmentId,
      sectionId: section.id,
      authorId: pick(content, users).id,
      parentId: null,
      body: k === 0 ? newestMarker : body,
      // ~1 % deleted by their author (one in each hundred, the 15th newest on the first page).
      status: k % 100 === DELETED_SLOT ? "DELETED" : "PUBLISHED",
      createdAt,
      editedAt: content() < 0.05 ? new Date(createdAt.getTime() + between(content, 1, 60) * 60_000) : null,
    };
  });
  // Replies cluster on every fourth response, 0–3 each (mean 1), as real threads do; the total is
  // then trimmed or topped up on the oldest threads so the section holds exactly `posts` rows.
  const threads = responses.filter((_, k) => k % 4 === 1);
  const sizes = threads.map(() => pick(threadSizes, [0, 1, 1, 2, 0, 1, 3, 0]));
  let total = sizes.reduce((a, b) => a + b, 0);
  for (let j = sizes.length - 1; total !== replyCount && sizes.length; j = j > 0 ? j - 1 : sizes.length - 1) {
    if (total > replyCount && sizes[j]! > 0) {
      sizes[j]!--;
      total--;
    } else if (total < replyCount) {
      sizes[j]!++;
      total++;
    }
  }
  if (!threads.length && replyCount) throw new Error(`section ${section.position}: replies but no response to reply to`);
  const replies: Row[] = threads.flatMap((parent, j) =>
    Array.from({ length: sizes[j]! }, (_, r) => {
      const { replyKind, quote: quoted } = replyArgument(replyArguments, quote);
      return {
        replyKind,
        ...quoted,
        id: newId(),
        assignmentId,
        sectionId: section.id,
        authorId: pick(replyContent, users).id,
        parentId: parent.id,
        body: markdownBody(replyContent, "reply"),
        status: (j * 3 + r) % 100 === DELETED_SLOT ? ("DELETED" as const) : ("PUBLISHED" as const),
        createdAt: new Date(Math.min(now - 1_000 + r, parent.createdAt.getTime() + (r + 1) * 3_600_000)),
        editedAt: null,
      };
    }),
  );
  for (const rows of [responses, replies]) {
    // Stored HTML and word counts, as every write (and `npm start`'s backfill) leaves them.
    for (let i = 0; i < rows.length; i += 2_000) await db.post.createMany({ data: rows.slice(i, i + 2_000).map((row) => ({ ...row, ...renderedBody(row.body) })) });
  }
  for (let i = 0; i < sources.length; i += 2_000) await db.postSource.createMany({ data: sources.slice(i, i + 2_000) });
  const published = <T extends { status: string }>(rows: T[]) => rows.filter((row) => row.status === "PUBLISHED");
  const answered = new Set(published(replies).map((reply) => reply.parentId));
  const quotes = quotedSpans([...published(responses), ...published(replies)]);
  return {
    ...section,
    responses: responseCount,
    replies: replyCount,
    deleted: [...responses, ...replies].filter((row) => row.status === "DELETED").length,
    newestMarker,
    debate: debateStats(published(responses).map((row) => ({ ...row, answered: answered.has(row.id) })), quotes),
    quotedSpans: quotes,
  };
}

const FIRST = ["Ava", "Ben", "Chloe", "Dev", "Elif", "Femi", "Grace", "Hiro", "Ines", "Jonah", "Kira", "Luis", "Mina", "Noor", "Omar", "Priya"];
const LAST = ["Adams", "Baker", "Chen", "Diaz", "Evans", "Feld", "Garcia", "Hughes", "Ito", "Jensen", "Kim", "Lopez", "Moreau", "Nguyen", "Okafor"];
