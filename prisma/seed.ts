// Demo data: a teacher, three students, one class reading the Korean War essay, and a discussion
// already under way. Runs under tsx (scripts/start.ts), so imports are relative and server-only free.
import { hashPassword } from "../lib/accounts/password";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { Role } from "../lib/generated/prisma/enums";
import { DEMO_CLASS, DEMO_POSTS, SECTION_QUESTIONS, type DemoAuthorEmail, type DemoPost } from "./demo/discussion";
import { readDemoEssay } from "./demo/essay";
import { renderedBody } from "../lib/markdown/render";
import { seedContestedClaims } from "./demo/claims";
import { DEMO_BEFORE_ANSWERS, DEMO_THESIS } from "./demo/poll";

export { parseEssay } from "./demo/essay";

export interface DemoLogin {
  role: "teacher" | "student";
  name: string;
  email: DemoAuthorEmail;
  password: string;
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: "teacher", name: "Dana Whitfield", email: "teacher@demo.school", password: "demo-teacher-pass" },
  { role: "student", name: "Jonah Feld", email: "student1@demo.school", password: "demo-student-pass" },
  { role: "student", name: "Priya Natarajan", email: "student2@demo.school", password: "demo-student-pass" },
  { role: "student", name: "Sam Okafor", email: "student3@demo.school", password: "demo-student-pass" },
];

const HOUR = 60 * 60 * 1000;

function quoteOffsets(sectionBody: string, post: DemoPost) {
  if (!post.quote) return {};
  const quoteStart = sectionBody.indexOf(post.quote);
  if (quoteStart < 0) throw new Error(`Demo post ${post.key} quotes words that are not in section ${post.section}`);
  return { quoteStart, quoteEnd: quoteStart + post.quote.length, quoteText: post.quote };
}

/**
 * Creates the demo class and its discussion in one transaction. Does nothing if the demo teacher
 * already exists, so it is safe to call on every start.
 */
export async function seedDemo(db: PrismaClient): Promise<void> {
  const essay = await readDemoEssay();
  if (essay.sections.length !== SECTION_QUESTIONS.length) {
    throw new Error(
      `The demo essay has ${essay.sections.length} sections but ${SECTION_QUESTIONS.length} questions`,
    );
  }
  // Hash outside the transaction: argon2 is deliberately slow.
  const hashes = await Promise.all(DEMO_LOGINS.map((login) => hashPassword(login.password)));
  const now = Date.now();
  const ago = (hours: number) => new Date(now - hours * HOUR);

  await db.$transaction(
    async (tx) => {
      const teacherEmail = DEMO_LOGINS.find((login) => login.role === "teacher")!.email;
      if (await tx.user.findUnique({ where: { email: teacherEmail }, select: { id: true } })) return;

      const userIds = new Map<string, string>();
      for (const [i, login] of DEMO_LOGINS.entries()) {
        const user = await tx.user.create({
          data: { email: login.email, name: login.name, passwordHash: hashes[i]!, createdAt: ago(24 * 7) },
        });
        userIds.set(login.email, user.id);
      }
      const userId = (email: string) => {
        const id = userIds.get(email);
        if (!id) throw new Error(`No demo login for ${email}`);
        return id;
      };

      const classroom = await tx.classroom.create({
        data: {
          name: DEMO_CLASS.name,
          joinCode: DEMO_CLASS.joinCode,
          createdAt: ago(24 * 7),
          memberships: {
            create: DEMO_LOGINS.map((login) => ({
              userId: userId(login.email),
              role: login.role === "teacher" ? Role.TEACHER : Role.STUDENT,
              createdAt: ago(24 * 7),
            })),
          },
        },
      });

      // A sample reading (no owner): every teacher can assign the essay to their own classes.
      const reading = await tx.reading.create({
        data: {
          ownerId: null,
          title: essay.title,
          subtitle: essay.subtitle,
          tagline: essay.tagline,
          createdAt: ago(24 * 6),
          sections: {
            create: essay.sections.map((body, i) => ({
              position: i + 1,
              heading: null,
              body,
              question: SECTION_QUESTIONS[i]!,
            })),
          },
        },
        include: { sections: { select: { id: true, position: true, body: true } } },
      });
      const sectionIds = new Map(reading.sections.map((section) => [section.position, section.id]));

      const assignment = await tx.assignment.create({
        data: {
          classroomId: classroom.id,
          readingId: reading.id,
          createdAt: ago(24 * 6),
          opensAt: ago(24 * 6),
          // Due in a week, so students see a real deadline and progress on their home page.
          dueAt: ago(-24 * 7),
          minResponses: 2,
          minReplies: 2,
          minWords: 40,
          thesis: DEMO_THESIS,
          sections: { create: reading.sections.map(({ id }) => ({ sectionId: id })) },
        },
      });

      // DEMO_POSTS lists every response before its replies.
      const postIds = new Map<string, string>();
      for (const post of DEMO_POSTS) {
        const sectionId = sectionIds.get(post.section);
        if (!sectionId) throw new Error(`Demo post ${post.key} names a missing section ${post.section}`);
        const parentId = post.replyTo === undefined ? null : postIds.get(post.replyTo);
        if (parentId === undefined) throw new Error(`Demo reply ${post.key} comes before its response`);
        const created = await tx.post.create({
          data: {
            assignmentId: assignment.id,
            sectionId,
            authorId: userId(post.author),
            parentId,
            body: post.body,
            ...renderedBody(post.body),
            createdAt: ago(post.hoursAgo),
            stance: post.stance,
            kind: post.kind,
            replyKind: post.replyKind,
            ...quoteOffsets(reading.sections.find((section) => section.id === sectionId)!.body, post),
            sources: { create: (post.sources ?? []).map((source, position) => ({ ...source, position })) },
          },
        });
        postIds.set(post.key, created.id);
      }
      await tx.pollAnswer.createMany({
        data: DEMO_BEFORE_ANSWERS.map((answer) => ({
          assignmentId: assignment.id,
          userId: userId(answer.email),
          round: "BEFORE" as const,
          rating: answer.rating,
          answeredAt: ago(answer.hoursAgo),
        })),
      });
      await seedContestedClaims(tx, { assignmentId: assignment.id, teacherId: userId(DEMO_LOGINS[0]!.email), sections: reading.sections });
    },
    { timeout: 30_000 },
  );
}
