import type { Page, Route } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, openSection, postWithText, sectionPath, test, uniqueId } from "./fixtures";

// A busy or unreachable server never costs a student their post: forms send the same submission
// again after Retry-After (the same idempotency key, so it is stored once), and keep the text in
// the browser until the server has it.

const BUSY = { status: 503, headers: { "Retry-After": "1", "Content-Type": "text/plain" }, body: "Busy" };

/** Answers the page's form submissions (server actions) with `answer`; returns how many it saw. */
async function interceptSubmissions(page: Page, path: string, answer: (route: Route, count: number) => Promise<void>) {
  let count = 0;
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().method() !== "POST" || !route.request().headers()["next-action"]) return route.fallback();
      count += 1;
      await answer(route, count);
    },
  );
  return { count: () => count };
}

// Both wait out Retry-After (a second per attempt, five attempts when every one fails) and reload.
test.slow();

test("a post whose answer was lost to a 503 is sent again and stored once", async ({ classWithStudent }) => {
  const { student, assignmentId } = await classWithStudent();
  const page = student.page;
  const path = sectionPath(assignmentId, 3);
  await openSection(page, assignmentId, 3);
  // The first submission reaches the server (the post is stored), but its answer is a 503.
  const submissions = await interceptSubmissions(page, path, async (route, count) => {
    if (count > 1) return route.fallback();
    await route.fetch();
    await route.fulfill(BUSY);
  });

  const text = `The armistice was a pause, not a peace ${uniqueId()}`;
  await page.locator("#response-body").fill(text);
  await page.getByRole("button", { name: "Post response" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Margin is busy: sending it again in a moment" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Your response is posted." })).toBeVisible();
  await expect(postWithText(page, text)).toHaveCount(1);
  expect(submissions.count()).toBe(2);
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(postWithText(page, text)).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /Discussion \(1 response\)/ })).toBeVisible();
  await expect(page.locator("#response-body")).toHaveValue("");
});

test("a draft survives a failed submit and a reload, for a response and for a reply", async ({ classWithStudent }) => {
  const { student, assignmentId } = await classWithStudent();
  const page = student.page;
  const path = sectionPath(assignmentId, 3);
  await openSection(page, assignmentId, 3);
  await interceptSubmissions(page, path, (route) => route.fulfill(BUSY));

  // Every attempt fails: the form gives up with a message, the text still in the box.
  const text = `Beijing's warnings went unheeded ${uniqueId()}`;
  await page.locator("#response-body").fill(text);
  await page.getByRole("button", { name: "Post response" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your text is still here" })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("#response-body")).toHaveValue(text);
  await expectNoSeriousA11yViolations(page);

  // After a reload the draft is back, and sending it works once the server answers.
  await page.unrouteAll();
  await page.reload();
  await expect(page.locator("#response-body")).toHaveValue(text);
  await page.getByRole("button", { name: "Post response" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your response is posted." })).toBeVisible();
  const response = postWithText(page, text);
  await expect(response).toHaveCount(1);
  await page.reload();
  await expect(page.locator("#response-body")).toHaveValue("");

  // The same for a reply: its form opens again with the text after a reload.
  await interceptSubmissions(page, path, (route) => route.fulfill(BUSY));
  const replyText = `Adding to my point: the Yalu crossing ${uniqueId()}`;
  await response.getByRole("button", { name: /^Reply/ }).click();
  await page.getByRole("textbox", { name: "Your reply" }).fill(replyText);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your text is still here" })).toBeVisible({ timeout: 20_000 });
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Your reply" })).toHaveValue(replyText);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(postWithText(page, replyText)).toHaveCount(1);
  await expect(page.getByRole("textbox", { name: "Your reply" })).toHaveCount(0); // posted: the form closes
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Your reply" })).toHaveCount(0);
});
