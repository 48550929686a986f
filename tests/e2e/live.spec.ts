import { expect, expectNoSeriousA11yViolations, sectionPath, test, uniqueId, visit, type Actor } from "./fixtures";
import { e2eBaseURL } from "./fixtures/server-info";
import { startSecondInstance } from "./fixtures/second-instance";
import type { WorldUser } from "./fixtures/world";

// Live updates across two app instances over one database (issue 11): PostgreSQL NOTIFY carries
// the change from the instance that wrote it to the one a reader's stream is open on.

let instanceB = "";
let stopB = async () => {};

// One worker for the file: a second server per worker would compete for the same port.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  ({ baseURL: instanceB, stop: stopB } = await startSecondInstance({ RATE_LIMIT_SCALE: "1000", SESSION_CHECK_SECONDS: "2" }));
});

test.afterAll(() => stopB());

// The session cookie is for 127.0.0.1, which both instances share (cookies ignore the port).
async function cookieHeader(actor: Actor<WorldUser>): Promise<string> {
  return (await actor.context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

// Waits until the page's live stream is open, so what follows is a change it must hear.
async function streamOpen(actor: Actor<WorldUser>, classId: string) {
  return actor.page.waitForResponse((response) => response.url().endsWith(`/api/classes/${classId}/live`) && response.status() === 200);
}

test("a response posted on instance A reaches a classmate's page on instance B, behind a control, without a reload", async ({ classWithStudents }) => {
  const { students, classroom, assignmentId } = await classWithStudents({ students: 2 });
  const [writer, reader] = students as [Actor<WorldUser>, Actor<WorldUser>];
  const path = sectionPath(assignmentId, 1);
  const open = streamOpen(reader, classroom.id);
  await visit(reader.page, `${instanceB}${path}`);
  await open;
  const heading = reader.page.getByRole("heading", { name: /^Discussion/ });
  await expect(heading).toHaveText("Discussion (0 responses)");
  // A mark in the page's window: a reload would lose it.
  await reader.page.evaluate(() => Object.assign(window, { liveMark: true }));

  const body = `Posted on A ${uniqueId()}`;
  const posted = Date.now();
  const answer = await writer.page.request.post(`${e2eBaseURL()}/api${path}/responses`, { data: { body } });
  expect(answer.status()).toBe(201);
  const control = reader.page.getByRole("button", { name: "1 new response — show it" });
  await expect(control).toBeVisible();
  test.info().annotations.push({ type: "latency", description: `the control showed ${Date.now() - posted} ms after the POST` });
  await expect(heading).toHaveText("Discussion (1 response)");
  await expect(reader.page.getByTestId("live-announcer")).toHaveText("1 new response");
  // Nothing moved: the new response waits for the reader.
  await expect(reader.page.getByText(body)).toHaveCount(0);
  await expectNoSeriousA11yViolations(reader.page);

  await control.focus();
  await reader.page.keyboard.press("Enter");
  await expect(reader.page.getByText(body)).toBeVisible();
  await expect(control).toHaveCount(0);
  await expect(heading).toBeFocused();
  expect(await reader.page.evaluate(() => "liveMark" in window)).toBe(true);
});

test("the teacher's queue on instance B gains a pending post made on A, and the header counts it", async ({ classWithStudent }) => {
  const { teacher, student, classroom, assignmentId } = await classWithStudent({ classroom: { approvalRequired: true } });
  const open = streamOpen(teacher, classroom.id);
  const headerOpen = teacher.page.waitForResponse((response) => response.url().endsWith("/api/live/moderation") && response.status() === 200);
  await visit(teacher.page, `${instanceB}/classes/${classroom.id}/moderation`);
  await Promise.all([open, headerOpen]);
  // Nothing waits: the header shows no count at all (not "Moderation: 0"), yet it follows along.
  const badge = teacher.page.getByTestId("moderation-waiting");
  await expect(badge).toHaveCount(0);
  await expect(teacher.page.getByRole("banner").getByText(/Moderation/)).toHaveCount(0);

  const body = `Waiting on A ${uniqueId()}`;
  expect((await student.page.request.post(`${e2eBaseURL()}/api${sectionPath(assignmentId, 1)}/responses`, { data: { body } })).status()).toBe(201);
  const control = teacher.page.getByRole("button", { name: "1 new item — show them" });
  await expect(control).toBeVisible();
  await expect(badge).toHaveAccessibleName("Moderation: 1 waiting");
  await expectNoSeriousA11yViolations(teacher.page);
  await control.click();
  await expect(teacher.page.getByRole("list", { name: "Pending posts" }).getByText(body)).toBeVisible();
});

test("a pending post made after the header read its count but before its stream opened still shows in the count", async ({ classWithStudent }) => {
  const { teacher, student, assignmentId } = await classWithStudent({ classroom: { approvalRequired: true } });
  // The header's stream is held back until the post exists: its notice went out before anyone listened.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await teacher.page.route("**/api/live/moderation", async (route) => {
    await held;
    await route.continue();
  });
  const waitingRead = teacher.page.waitForResponse((response) => response.url().endsWith("/api/moderation/waiting"));
  await visit(teacher.page, "/", { a11y: false });
  await waitingRead;
  expect((await student.page.request.post(`${e2eBaseURL()}/api${sectionPath(assignmentId, 1)}/responses`, { data: { body: `Slipped in ${uniqueId()}` } })).status()).toBe(201);
  release();
  await expect(teacher.page.getByTestId("moderation-waiting")).toHaveAccessibleName("Moderation: 1 waiting");
});

test("a student's pending post turns published on their page when the teacher approves it on the other instance", async ({ classWithStudent }) => {
  const { teacher, student, classroom, assignmentId } = await classWithStudent({ classroom: { approvalRequired: true } });
  const path = sectionPath(assignmentId, 1);
  const answer = await student.page.request.post(`${e2eBaseURL()}/api${path}/responses`, { data: { body: `Please approve ${uniqueId()}` } });
  const { id } = (await answer.json()) as { id: string };
  const open = streamOpen(student, classroom.id);
  await visit(student.page, `${instanceB}${path}`);
  await open;
  const post = student.page.locator(`#post-${id}`);
  await expect(post.getByTestId("post-status")).toHaveText(/Awaiting approval/);
  await visit(teacher.page, `/classes/${classroom.id}/moderation`, { a11y: false });
  await teacher.page.getByRole("list", { name: "Pending posts" }).getByRole("button", { name: /^Approve/ }).first().click();
  await expect(post.getByTestId("post-status")).toHaveCount(0);
  await expect(post.getByText("Pending")).toHaveCount(0);
});

test("the stream: checked before it opens, unbuffered under compression, garbage Last-Event-ID answered with a resync", async ({ classWithStudent, signInAs }) => {
  const { student, classroom } = await classWithStudent();
  const url = `${instanceB}/api/classes/${classroom.id}/live`;
  expect((await fetch(url)).status).toBe(401);
  const outsider = await signInAs("student");
  const refused = await fetch(url, { headers: { cookie: await cookieHeader(outsider) } });
  expect(refused.status).toBe(404);
  expect(refused.headers.get("content-type")).toContain("application/json");

  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { cookie: await cookieHeader(student), "accept-encoding": "gzip, br", "last-event-id": "not-an-id" },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
  expect(response.headers.get("x-accel-buffering")).toBe("no");
  expect(response.headers.get("content-encoding")).toBeNull();
  // The first events arrive while the response is still open: nothing buffers them.
  const reader = response.body!.getReader();
  let text = "";
  while (!text.includes("event: ready")) {
    const { value, done } = await reader.read();
    expect(done, `the stream ended early: ${text}`).toBe(false);
    text += new TextDecoder().decode(value);
  }
  expect(text).toContain("event: resync");
  abort.abort();
});
