import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, signIn, signOut, test, visit, waitForPath } from "./fixtures";

// The account page (name, password, sign out everywhere) and account recovery with a teacher's
// reset code. The e2e server checks session versions every 2 seconds (scripts/e2e-server.ts).

/** Waits until the page's browser is signed out: /account sends it to sign in. */
async function expectSignedOut(page: Page): Promise<void> {
  await expect(async () => {
    await page.goto("/account");
    expect(new URL(page.url()).pathname).toBe("/signin");
  }).toPass();
}

test("a member changes their name and their password on the account page", async ({ signInAs }) => {
  const { page, user } = await signInAs("student");
  await visit(page, "/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Your account" }).click();
  await waitForPath(page, /^\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const newName = `Renamed ${user.name}`;
  await page.locator("#name").fill(newName);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your name is saved." })).toBeVisible();
  await expect(nav).toContainText(newName);

  // The current password is asked for, and a wrong one changes nothing.
  const newPassword = `${user.password}-changed`;
  await page.locator("#currentPassword").fill(`${user.password}-wrong`);
  await page.locator("#newPassword").fill(newPassword);
  await page.locator("#confirmPassword").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#currentPassword-error")).toHaveText("Your current password is not right.");
  await expect(page.locator("#currentPassword")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  // By keyboard: type into the fields and submit with Enter.
  await page.locator("#currentPassword").fill(user.password);
  await page.locator("#newPassword").fill(newPassword);
  await page.locator("#confirmPassword").fill(newPassword);
  await page.locator("#confirmPassword").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed." })).toBeVisible();
  // This browser stays signed in with the new password.
  await visit(page, "/account");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  await signOut(page);
  await signIn(page, { email: user.email, password: newPassword });
});

test("\"Sign out everywhere\" ends the member's sessions in every browser", async ({ signInAs }) => {
  const laptop = await signInAs("student");
  const phone = await signInAs(laptop.user);
  await visit(phone.page, "/account");

  await visit(laptop.page, "/account");
  await laptop.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await waitForPath(laptop.page, /^\/signin$/);
  await expectNoSeriousA11yViolations(laptop.page);

  await expectSignedOut(phone.page);
  await expectSignedOut(laptop.page);
});

test("a teacher issues a reset code on the roster; the student sets a new password with it, and their old session ends", async ({
  classWithStudent,
  newVisitor,
}) => {
  const { teacher, classroom, student } = await classWithStudent({ assignment: false });
  await visit(student.page, "/account");

  await visit(teacher.page, `/classes/${classroom.id}/roster`);
  await teacher.page.getByRole("button", { name: `Reset password of ${student.user.name}` }).click();
  const issued = teacher.page.getByRole("status").filter({ hasText: `Reset code for ${student.user.name}` });
  await expect(issued).toContainText("/reset");
  const code = (await issued.textContent())?.match(/[A-Z2-9]{5}-[A-Z2-9]{5}/)?.[0];
  expect(code).toBeDefined();
  await expectNoSeriousA11yViolations(teacher.page);

  // On another computer: the sign-in page leads to /reset.
  const page = await newVisitor();
  await visit(page, "/signin", { a11y: false });
  await page.getByRole("link", { name: "reset your password" }).click();
  await waitForPath(page, /^\/reset$/);
  await expectNoSeriousA11yViolations(page);
  const newPassword = `${student.user.password}-reset`;
  const fillReset = async (codeTyped: string) => {
    await page.locator("#email").fill(student.user.email);
    await page.locator("#code").fill(codeTyped);
    await page.locator("#newPassword").fill(newPassword);
    await page.locator("#confirmPassword").fill(newPassword);
    await page.getByRole("button", { name: "Set new password" }).click();
  };
  // A wrong code gets the one message that tells nothing more.
  await fillReset("AAAAA-AAAAA");
  await expect(page.locator("#code-error")).toHaveText(/^That email and code don't work/);
  await expectNoSeriousA11yViolations(page);

  await fillReset(code!.toLowerCase());
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();

  await expectSignedOut(student.page);
  await signIn(student.page, { email: student.user.email, password: newPassword });
});
