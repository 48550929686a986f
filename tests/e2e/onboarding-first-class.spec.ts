import { expect, expectNoSeriousA11yViolations, newUserData, test, visit, waitForPath } from "./fixtures";

// Issue 13: from "Create an account" to a live assignment with the join link copied.

// Each test signs up people and builds a class first: room for a loaded two-core machine.
test.describe.configure({ timeout: 180_000 });

test("a new teacher's class has the sample essay live and the join link copied in 9 interactions", async ({ newVisitor }) => {
  const page = await newVisitor();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await visit(page, "/signup");
  const teacher = newUserData("teacher");
  const steps: string[] = [];
  async function act(step: string, action: () => Promise<unknown>) {
    steps.push(step);
    await action();
  }

  await act("type name", () => page.locator("#name").fill(teacher.name));
  await act("type email", () => page.locator("#email").fill(teacher.email));
  await act("type password", () => page.locator("#password").fill(teacher.password));
  await act("create account", () => page.getByRole("button", { name: "Create account" }).click());
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await act("open create a class", () => page.getByRole("link", { name: "Create a class" }).click());
  await waitForPath(page, /^\/classes\/new$/);
  const className = `First class ${teacher.email}`;
  await act("type class name", () => page.locator("#name").fill(className));
  await act("create class", () => page.getByRole("button", { name: "Create class" }).click());
  await waitForPath(page, /^\/classes\/(?!new$)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: className })).toBeVisible();
  await expect(page.getByText(/opens now and is due in 7 days at 23:59/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await act("assign the sample essay", () => page.getByRole("button", { name: "Assign the sample essay" }).click());
  await expect(page.getByRole("heading", { level: 3, name: "The Korean War" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Assign the sample essay" })).toHaveCount(0);
  await act("copy the join link", () => page.getByRole("button", { name: "Copy link" }).click());
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/join\/[A-Z2-9]{8}$/);
  await expectNoSeriousA11yViolations(page);

  expect(steps).toHaveLength(9);
});
