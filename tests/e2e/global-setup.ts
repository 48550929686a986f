import { e2eBaseURL, readServerInfo } from "./fixtures/server-info";

// Runs in Playwright's main process after the webServer (scripts/e2e-server.ts) is up, before any
// worker starts.
export default async function globalSetup(): Promise<void> {
  // Points the workers at the server's database, so that the fixtures can build state with the test
  // factories (tests/setup/factories.ts and tests/factories, through lib/db, which reads DATABASE_URL
  // when first imported). Workers inherit this process's environment. With DATABASE_URL set for the
  // run, the server made a new database on that server: the workers get the new database's URL.
  const { databaseUrl } = readServerInfo();
  process.env.DATABASE_URL = databaseUrl;
  await warmUp();
}

/**
 * `next start` loads each route's code on its first request, which took seconds on this 2-core
 * machine (6 s for the first section page). Asks for every page once, as the demo teacher, so that
 * this one-time cost is paid here and not inside the first test to open each page.
 */
async function warmUp(): Promise<void> {
  // Imported only now: lib/db reads DATABASE_URL when it loads.
  const { db } = await import("@/lib/db");
  const { demoClassIds, demoUser } = await import("./fixtures/world");
  const { sessionCookie } = await import("./fixtures/session");
  const { DEMO } = await import("./fixtures/data");
  const baseURL = e2eBaseURL();
  try {
    const teacher = await demoUser(DEMO.teacher);
    const { classroomId, assignmentId } = await demoClassIds();
    const cookie = await sessionCookie(teacher, baseURL);
    const section = `/assignments/${assignmentId}/sections/3`;
    const paths = [
      "/",
      "/signup",
      "/join",
      `/join/${DEMO.joinCode}`,
      "/classes/new",
      "/library",
      "/library/new",
      `/classes/${classroomId}`,
      `/classes/${classroomId}/roster`,
      `/classes/${classroomId}/overview`,
      `/classes/${classroomId}/moderation`,
      `/classes/${classroomId}/moderation/settings`,
      `/classes/${classroomId}/moderation/audit`,
      `/assignments/${assignmentId}`,
      `/assignments/${assignmentId}/poll`,
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
  } finally {
    await db.$disconnect();
  }
}
