import { expect, expectNoSeriousA11yViolations, test, uniqueId, visit } from "./fixtures";
import { createWorldClass, createWorldUser } from "./fixtures/world";
import { generateJoinCode } from "@/lib/classes/join-code";
import { e2eBaseURL } from "./fixtures/server-info";
import { startSecondInstance } from "./fixtures/second-instance";

// Rate limits are counted in PostgreSQL, so they hold across app instances. The e2e server
// (instance A) runs with its limits raised a thousandfold (RATE_LIMIT_SCALE, so other specs never
// meet them); this file starts a second production server on the same database (instance B) with
// the real limits. Attempts made on A count on B: B refuses once A's attempts reach B's limit.

let instanceB = "";
let stopB = async () => {};

// One worker for the file: a second server per worker would compete for the same port.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  ({ baseURL: instanceB, stop: stopB } = await startSecondInstance({ RATE_LIMIT_SCALE: "1" }));
});

test.afterAll(() => stopB());

test("failed sign-ins on one instance count on the other, which explains the wait, even for the right password", async ({ newVisitor }) => {
  const user = await createWorldUser("student");
  const onA = await newVisitor();
  await visit(onA, "/signin", { a11y: false }); // accounts.spec.ts checks this form
  for (let attempt = 1; attempt <= 10; attempt++) {
    await onA.locator("#email").fill(user.email);
    await onA.locator("#password").fill(`wrong-${attempt}`);
    await onA.getByRole("button", { name: "Sign in" }).click();
    // The answer remounts the form with the password empty; the message alone is the same every time.
    await expect(onA.locator("#password")).toHaveValue("");
    await expect(onA.getByRole("status")).toHaveText("That email and password don't match an account.");
  }

  const onB = await newVisitor();
  await visit(onB, `${instanceB}/signin`, { a11y: false });
  await onB.locator("#email").fill(user.email);
  await onB.locator("#password").fill(user.password);
  await onB.getByRole("button", { name: "Sign in" }).click();
  // B is a fresh server: its first server action loads the action's code (seconds on a busy 2-core machine).
  await expect(onB.getByRole("status")).toHaveText(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/, { timeout: 30_000 });
  await expect(onB).toHaveURL(/\/signin/);
  await expect(onB.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(onB);
});

test("posts through the JSON API on one instance count on the other: 429 with Retry-After", async ({ classWithStudent }) => {
  const { student, assignmentId } = await classWithStudent();
  // The session cookie is for 127.0.0.1, which both instances share (cookies ignore the port).
  const responses = (base: string) => `${base}/api/assignments/${assignmentId}/sections/1/responses`;
  for (let post = 1; post <= 20; post++) {
    const answer = await student.page.request.post(responses(e2eBaseURL()), { data: { body: `Post ${post} of a burst ${uniqueId()}` } });
    expect(answer.status()).toBe(201);
  }
  const refused = await student.page.request.post(responses(instanceB), { data: { body: `One too many ${uniqueId()}` } });
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await refused.json()).toMatchObject({
    error: { code: "RATE_LIMITED", message: expect.stringMatching(/^You are posting faster than anyone can read\. Try again in (\d+ seconds?|1 minute)\.$/) },
  });
});

test("wrong join codes from one address count on both instances; past the limit the join link and the form refuse", async ({ newVisitor, signInAs }) => {
  const classroom = await createWorldClass();
  const visitor = await newVisitor();
  // Random codes: one in about 10¹² belongs to a class.
  for (let attempt = 1; attempt <= 50; attempt++) {
    expect((await visitor.request.get(`/join/${generateJoinCode()}`)).status()).toBe(404);
  }
  // On A (limits raised) the real code's page still opens; on B the address has tried too many.
  expect((await visitor.request.get(`/join/${classroom.joinCode}`)).status()).toBe(200);
  expect((await visitor.request.get(`${instanceB}/join/${classroom.joinCode}`)).status()).toBe(404);

  const { page } = await signInAs("student");
  await visit(page, `${instanceB}/join`, { a11y: false }); // the join page is checked in its own specs
  await page.locator("#code").fill(classroom.joinCode);
  await page.getByRole("button", { name: "Join class" }).click();
  // The address's window may have begun earlier in the run (other specs try unknown codes from it too).
  await expect(page.getByRole("status")).toHaveText(/^Too many join codes were tried from this network\. Try again in (\d+ minutes?|\d+ seconds?)\.$/, { timeout: 30_000 });
  await expect(page).toHaveURL(/\/join$/);
});
