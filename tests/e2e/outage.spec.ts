import { expect, expectNoSeriousA11yViolations, sectionPath, test, visit } from "./fixtures";
import { e2ePort, readServerInfo } from "./fixtures/server-info";
import { startSecondInstance } from "./fixtures/second-instance";
import { relayTo } from "../setup/tcp-relay";

// A database outage as a reader sees it (ADR 0010): an app instance reaches the e2e database through
// a TCP relay that the test cuts (every connection reset, new ones refused) and restores.

let relay: ReturnType<typeof relayTo>;
let instance = "";
let stopInstance = async () => {};

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  relay = relayTo(new URL(readServerInfo().databaseUrl));
  await relay.up();
  // Its own port: live.spec.ts and rate-limits.spec.ts may have their second instance up meanwhile.
  ({ baseURL: instance, stop: stopInstance } = await startSecondInstance({ DATABASE_URL: relay.url() }, e2ePort() + 2));
});

test.afterAll(async () => {
  await stopInstance();
  await relay?.down().catch(() => undefined);
});

test("while the database is down a page answers 503 with a notice, and loads by itself once it is back", async ({ classWithStudent }) => {
  const { student, assignmentId } = await classWithStudent();
  const page = student.page;
  const path = `${instance}${sectionPath(assignmentId, 1)}`;
  await visit(page, path, { a11y: false });

  await relay.down();
  // The first request to find the database gone (here the health check) tells the gate; a page
  // asked for after that is answered by the proxy without rendering.
  let status = 0;
  let retryAfter: string | undefined;
  await expect(async () => {
    expect((await page.request.get(`${instance}/api/health`)).status()).toBe(503);
    const response = await page.goto(path);
    status = response!.status();
    retryAfter = response!.headers()["retry-after"];
    expect(status).toBe(503);
  }).toPass({ timeout: 20_000 });
  expect(retryAfter).toBe("1");
  await expect(page.getByRole("heading", { level: 1, name: "Margin is briefly unavailable" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("loads again by itself");
  await expect(page.getByRole("link", { name: "Try again now" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Its script (allowed by the page's nonce) asks the health check, and reloads once it says 200.
  await relay.up();
  await expect(page.getByRole("heading", { name: /^Discussion/ })).toBeVisible({ timeout: 20_000 });
  expect(page.url()).toBe(path);
});
