import type { Page } from "@playwright/test";
import { expect, openSection, postResponse, postWithText, replyTo, sectionPath, test, waitForPath } from "./fixtures";
import { appPages, pageIds, type Viewer } from "./fixtures/pages";
import { createPollAnswer } from "./fixtures/world";

// The strict Content-Security-Policy (ADR 0012) refuses any script without the request's nonce. A
// page that breaks it still answers 200 but stops working, so every page is opened in Chromium and
// any `securitypolicyviolation` event fails the test.

test.describe.configure({ timeout: 180_000 });

type Violation = { page: string; directive: string; blocked: string; sample: string };

/** Collects every CSP violation of every document the page loads, from before its first byte runs. */
async function watchViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction("reportCspViolation", (violation: Violation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (v: Violation) => void }).reportCspViolation;
      void report({ page: location.pathname, directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  return violations;
}

/** Opens a page and waits until its scripts have loaded (and could have been refused). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

function expectStrictPolicy(policy: string | undefined, path: string): string {
  expect(policy, `Content-Security-Policy of ${path}`).toBeDefined();
  const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy!)?.[1];
  expect(nonce, `script-src of ${path}: ${policy}`).toBeDefined();
  for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) expect(policy).toContain(directive);
  expect(policy).not.toContain("unsafe-inline");
  return nonce!;
}

for (const viewer of ["signed out", "student", "teacher"] satisfies Viewer[]) {
  test(`every page runs under the strict policy without a violation, ${viewer}`, async ({ classWithStudent, newVisitor }) => {
    // A poll with an answer, so the poll forms and the charts' bars render too.
    const world = await classWithStudent({ assignment: { thesis: "The war began as a defensive war." } });
    await createPollAnswer(world.assignmentId, world.student.user, "BEFORE", 2);
    const ids = await pageIds(world);
    const page = viewer === "signed out" ? await newVisitor() : world[viewer].page;
    const violations = await watchViolations(page);

    const nonces = new Set<string>();
    for (const [path] of appPages(ids)) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      const nonce = expectStrictPolicy(response.headers()["content-security-policy"], path);
      // Next put this request's nonce on every script it rendered, and no script goes without.
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      for (const script of scripts) expect(script, `a script of ${path}`).toContain(`nonce="${nonce}"`);
      nonces.add(nonce);
      await open(page, path);
    }
    expect(nonces.size, "a fresh nonce per response").toBe(appPages(ids).length);
    expect(violations).toEqual([]);
  });
}

test("posting, replying and client-side navigation run under the policy", async ({ classWithStudent }) => {
  const { teacher, student, classroom, assignmentId } = await classWithStudent();
  const studentViolations = await watchViolations(student.page);
  const teacherViolations = await watchViolations(teacher.page);

  await openSection(student.page, assignmentId, 2);
  await postResponse(student.page, "The policy lets the form's own script post this.");
  const post = postWithText(student.page, "The policy lets the form's own script post this.");
  await replyTo(student.page, post, "And a reply, through the reply form's script.");

  await open(teacher.page, `/classes/${classroom.id}`);
  await teacher.page.getByRole("link", { name: "Show join code" }).click();
  await waitForPath(teacher.page, new RegExp(`^/classes/${classroom.id}/join-code$`));
  // The QR code is a data: image, which img-src allows.
  const qr = teacher.page.getByRole("img", { name: /^QR code of the join link/ });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await open(teacher.page, sectionPath(assignmentId, 2));
  await expect(postWithText(teacher.page, "And a reply, through the reply form's script.")).toHaveCount(1);

  expect(studentViolations).toEqual([]);
  expect(teacherViolations).toEqual([]);
});

test("the watcher sees a violation: an image from another origin is refused", async ({ newVisitor }) => {
  const page = await newVisitor();
  const violations = await watchViolations(page);
  await open(page, "/signin");
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "https://tracker.invalid/pixel.png";
    document.body.append(image);
  });
  await expect.poll(() => violations.map((violation) => violation.directive)).toEqual(["img-src"]);
});

test("route handlers get a policy that loads nothing, and every response the other headers", async ({ request }) => {
  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  const page = await request.get("/signin");
  for (const response of [api, page]) {
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Plain HTTP here: no HSTS, which browsers ignore over HTTP anyway.
    expect(headers["strict-transport-security"]).toBeUndefined();
  }
});

test("behind a TLS proxy, pages pin HTTPS and upgrade insecure requests", async ({ request }) => {
  const response = await request.get("/signin", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});
