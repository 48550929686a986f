import pg from "pg";

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
