import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, newUserData, test, visit, waitForPath } from "./fixtures";
import { interactionCounter, type Act } from "./interactions";

// Issue 13: from "Create an account" to a live assignment with the join link copied. Each click,
// field typed into and option chosen counts.

// Each test signs up people and builds a class first: room for a loaded two-core machine.
test.describe.configure({ timeout: 180_000 });

/** Signs up on /signup and creates the first class from the home page: 6 interactions. */
async function signUpAndCreateClass(page: Page, act: Act): Promise<string> {
  await visit(page, "/signup");
  const teacher = newUserData("teacher");
  await act("type name", () => page.locator("#name").fill(teacher.name));
  await act("type email", () => page.locator("#email").fill(teacher.email));
  await act("type password", () => page.locator("#password").fill(teacher.password));
  await act("create account", () => page.getByRole("button", { name: "Create account" }).click());
  await expect(page.getByRole("heading", { name: "Teaching? Start your first class" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const className = `First class ${teacher.email}`;
  await act("type class name", () => page.locator("#name").fill(className));
  await act("create class", () => page.getByRole("button", { name: "Create class" }).click());
  await waitForPath(page, /^\/classes\/(?!new$)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: className })).toBeVisible();
  await expect(page.getByText(/opens now and is due in 7 days at 23:59/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  return className;
}

async function copyJoinLink(page: Page, act: Act): Promise<void> {
  await act("copy the join link", () => page.getByRole("button", { name: "Copy link" }).click());
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/join\/[A-Z2-9]{8}$/);
}

test("a new teacher assigns the sample essay and copies the join link in 8 interactions", async ({ newVisitor }) => {
  const page = await newVisitor();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const { steps, act } = interactionCounter();
  await signUpAndCreateClass(page, act);
  await act("assign the sample essay", () => page.getByRole("button", { name: "Assign the sample essay" }).click());
  await expect(page.getByRole("heading", { level: 3, name: "The Korean War" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Assign the sample essay" })).toHaveCount(0);
  await copyJoinLink(page, act);
  await expectNoSeriousA11yViolations(page);
  expect(steps).toHaveLength(8);
});

test("a new teacher assigns a pasted essay and copies the join link in 10 interactions", async ({ newVisitor }) => {
  const page = await newVisitor();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const { steps, act } = interactionCounter();
  const className = await signUpAndCreateClass(page, act);
  await act("add your own reading", () => page.getByRole("link", { name: "Add your own reading" }).click());
  await waitForPath(page, /^\/library\/new$/);
  await expectNoSeriousA11yViolations(page);
  const essay = "# Why the river floods\n\nEvery spring the river rises.\n\n# What the town did\n\nThe town built a levee.";
  await act("paste the essay", () => page.locator("#text").fill(essay));
  await act("save and assign", () => page.getByRole("button", { name: `Save and assign to ${className}` }).click());
  await waitForPath(page, /^\/classes\/(?!new$)[^/]+$/);
  // No title typed: the first heading is the title.
  await expect(page.getByRole("heading", { level: 3, name: "Why the river floods" })).toBeVisible();
  await expect(page.getByText(/^2 sections · Opens/)).toBeVisible();
  await copyJoinLink(page, act);
  await expectNoSeriousA11yViolations(page);
  expect(steps).toHaveLength(10);
});
