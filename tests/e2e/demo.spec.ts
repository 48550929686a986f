import { DEMO, expect, expectNoSeriousA11yViolations, signIn, test, waitForPath } from "./fixtures";

// Reads the seeded demo class only; writes nothing to it, so other tests can run alongside.
// Signs in through the form with the demo credentials the README gives (other specs sign the demo
// users in by cookie), so that a seed whose logins don't work fails here.
test("the demo teacher sees the seeded discussion on section 3", async ({ newVisitor }) => {
  const page = await newVisitor();
  await signIn(page, DEMO.teacher);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: DEMO.className }).click();
  await waitForPath(page, /^\/classes\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: DEMO.className })).toBeVisible();
  await expect(page.getByTestId("join-code")).toHaveText(DEMO.joinCode);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: /The Korean War/ }).click();
  await waitForPath(page, /^\/assignments\/[^/]+$/);
  await expect(page.getByTestId("section-3-count")).toHaveText("1 response");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Section 3", exact: true }).click();
  await waitForPath(page, /^\/assignments\/[^/]+\/sections\/3$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Section 3\b/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const response = page.getByRole("list", { name: "Responses" }).getByTestId("post").filter({ hasText: "They warned, were ignored" });
  await expect(response).toHaveCount(1);
  await expect(response).toContainText("Jonah Feld");
  // Markdown rendered: the timeline is a list with bold dates.
  await expect(response.locator("li strong", { hasText: "October 19:" })).toBeVisible();

  const replies = page.getByRole("list", { name: "Replies to Jonah Feld" }).getByTestId("post");
  await expect(replies).toHaveCount(2);
  await expect(replies.nth(0)).toContainText("Priya Natarajan");
  await expect(replies.nth(0)).toContainText("January 4, 1951");
  await expect(replies.nth(1)).toContainText("Dana Whitfield");
  await expect(replies.nth(1)).toContainText("you");
  await expect(replies.nth(1).locator("em", { hasText: "China’s Road to the Korean War" })).toBeVisible();
  // The teacher may edit their own reply, not a student's response.
  await expect(replies.nth(1).getByRole("button", { name: "Edit" })).toBeVisible();
  await expect(response.getByRole("button", { name: "Edit" })).toHaveCount(0);
});
