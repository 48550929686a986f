import { withClient } from "../../scripts/db/client";
import { DEMO } from "./fixtures/data";
import { e2eBaseURL, readServerInfo } from "./fixtures/server-info";
import { sessionCookie } from "./fixtures/session";

// Runs in Playwright's main process after the webServer (scripts/e2e-server.ts) is up, before any
// worker starts.
export default async function globalSetup(): Promise<void> {
  // Points the workers at the server's database, so that the fixtures can build state with the test
  // factories (tests/setup/factories.ts and tests/factories, through lib/db, which reads DATABASE_URL
  // when first imported). Workers inherit this process's environment. With DATABASE_URL set for the
  // run, the server made a new database on that server: the workers get the new database's URL.
  const { databaseUrl } = readServerInfo();
  process.env.DATABASE_URL = databaseUrl;
  await warmUp(databaseUrl);
}

/**
 * `next start` loads each route's code on its first request, which took seconds on this 2-core
 * machine (6 s for the first section page). Asks for every page once, as the demo teacher, so that
 * this one-time cost is paid here and not inside the first test to open each page.
 */
async function warmUp(databaseUrl: string): Promise<void> {
  const demo = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ userId: string; name: string; email: string; classroomId: string; assignmentId: string }>(
      `SELECT u.id AS "userId", u.name, u.email, c.id AS "classroomId", a.id AS "assignmentId"
         FROM "User" u, "Classroom" c JOIN "Assignment" a ON a."classroomId" = c.id
        WHERE u.email = $1 AND c."joinCode" = $2
        LIMIT 1`,
      [DEMO.teacher.email, DEMO.joinCode],
    );
    return rows[0];
  });
  if (!demo) throw new Error("The e2e server's database has no demo class: the seed (prisma/seed.ts) did not run.");
  const baseURL = e2eBaseURL();
  const cookie = await sessionCookie({ id: demo.userId, name: demo.name, email: demo.email }, baseURL);
  const section = `/assignments/${demo.assignmentId}/sections/3`;
  const paths = [
    "/",
    "/signup",
    "/join",
    `/join/${DEMO.joinCode}`,
    "/classes/new",
    "/library",
    "/library/new",
    `/classes/${demo.classroomId}`,
    `/classes/${demo.classroomId}/roster`,
    `/classes/${demo.classroomId}/overview`,
    `/classes/${demo.classroomId}/moderation`,
    `/classes/${demo.classroomId}/moderation/settings`,
    `/classes/${demo.classroomId}/moderation/audit`,
    `/assignments/${demo.assignmentId}`,
    `/assignments/${demo.assignmentId}/poll`,
    section,
    `${section}/debate`,
    `/api${section}/responses`,
  ];
  for (const path of paths) {
    // Only warming: what the pages answer is for the tests to check.
    await fetch(new URL(path, baseURL), { headers: { cookie: `${cookie.name}=${cookie.value}` }, redirect: "manual" })
      .then((response) => response.arrayBuffer())
      .catch(() => undefined);
  }
}
