import pg from "pg";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { seedBench, type Seeded } from "./seed";

// Issue 14's bench class: "an assignment with 40 students and 4,000 posts", seeded beside the
// section pages' class in the same database, its own teacher and join code.
export const TEACHER_CLASS = { students: 40, sections: [3_000, 1_000] } as const;

export const teacherClassPosts = () => TEACHER_CLASS.sections.reduce((sum, posts) => sum + posts, 0);

export function seedTeacherClass(db: PrismaClient): Promise<Seeded> {
  const sections = TEACHER_CLASS.sections.map((posts, i) => ({ position: i + 1, heading: `Graded section ${i + 1}`, posts }));
  return seedBench(db, sections, { students: TEACHER_CLASS.students, seed: 20261202, prefix: "t" });
}

// The teacher's pages need grading on: the grading view then scores every student from the
// assignment's posts, which is the cost the issue asks about.
export async function turnOnParticipation(databaseUrl: string, assignmentId: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO "AssignmentGrading" ("assignmentId", "participation") VALUES ($1, true) ON CONFLICT ("assignmentId") DO UPDATE SET "participation" = true`, [assignmentId]);
  } finally {
    await client.end();
  }
}
