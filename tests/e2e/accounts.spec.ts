import { expect, expectNoSeriousA11yViolations, signIn, signOut, test, visit, waitForPath } from "./fixtures";
import { createWorldUser } from "./fixtures/world";

// Signing up, in and out through the forms. Elsewhere, users are made with the test factories and
// signed in by cookie (tests/e2e/fixtures): this file is where the forms themselves are tested, and
// the only one that signs up through the UI (signUpAs).

test("a visitor signs up and is signed in; signing out signs them out", async ({ signUpAs }) => {
  const { page } = await signUpAs("student");
  await signOut(page);
  await expect(page.getByRole("heading", { name: "Your classes" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await visit(page, "/join", { a11y: false });
  await waitForPath(page, /^\/signin$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});

test("a wrong password or an unknown email is explained and leaves the visitor signed out; the right one signs in", async ({ newVisitor }) => {
  const user = await createWorldUser("student");
  const page = await newVisitor();

  await visit(page, "/signin", { a11y: false }); // checked in the test below
  await page.locator("#email").fill(user.email);
  await page.locator("#password").fill(`${user.password}-wrong`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toHaveText("That email and password don't match an account.");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.locator("#email")).toHaveValue(user.email); // kept, so only the password needs retyping

  // Still signed out: the home page is the welcome page and member pages send you to sign in.
  await visit(page, "/");
  await expect(page.getByRole("heading", { name: "Your classes" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await visit(page, "/classes/new", { a11y: false });
  await waitForPath(page, /^\/signin$/);
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/classes/new");

  // An unknown email gets the same message (nothing tells which accounts exist).
  await page.locator("#email").fill(`nobody-${user.email}`);
  await page.locator("#password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toHaveText("That email and password don't match an account.");

  await signIn(page, user);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(user.name);
});

test("signing in from a protected page returns there", async ({ newVisitor }) => {
  const user = await createWorldUser("student");
  const page = await newVisitor();
  await visit(page, "/join", { a11y: false });
  await waitForPath(page, /^\/signin$/);
  await page.locator("#email").fill(user.email);
  await page.locator("#password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await waitForPath(page, /^\/join$/);
  await expect(page.getByRole("heading", { level: 1, name: "Join a class" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the sign-up and sign-in forms are accessible, empty and showing errors", async ({ newVisitor }) => {
  const page = await newVisitor();
  // Soft: every page and state is checked and reported, even after a first failure.
  await visit(page, "/signup", { a11y: false });
  await expectNoSeriousA11yViolations(page, { soft: true });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#password-error")).toHaveText("Use at least 8 characters for your password.");
  await expect(page.locator("#name")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page, { soft: true });

  await visit(page, "/signin", { a11y: false });
  await expectNoSeriousA11yViolations(page, { soft: true });
  await page.locator("#email").fill("nobody@e2e.example.com");
  await page.locator("#password").fill("not-a-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toHaveText("That email and password don't match an account.");
  await expectNoSeriousA11yViolations(page, { soft: true });
});

// The fixture every other spec relies on: a session cookie sealed with the server's secret is a
// session like the one the sign-in form starts, and signing out ends it.
test("a user signed in by the test fixture's session cookie is signed in, until signing out", async ({ signInAs }) => {
  const { page, user } = await signInAs("student");
  await visit(page, "/");
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(user.name);
  await expect(page.getByText("You are not in any class yet.")).toBeVisible();

  await signOut(page);
  await visit(page, "/join", { a11y: false });
  await waitForPath(page, /^\/signin$/);
});
