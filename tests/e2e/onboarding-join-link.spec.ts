import type { Page } from "@playwright/test";
import { createClass, expect, expectNoSeriousA11yViolations, newUserData, postWithText, test, visit, waitForPath } from "./fixtures";
import { interactionCounter } from "./interactions";

// Issue 13: a student opening a join link with no account reaches a first posted response in at
// most 6 interactions.

async function assignSampleEssay(teacherPage: Page): Promise<void> {
  await teacherPage.getByRole("button", { name: "Assign the sample essay" }).click();
  await expect(teacherPage.getByRole("heading", { level: 3, name: "The Korean War" })).toBeVisible();
}

// Each test signs up people and builds a class first: room for a loaded two-core machine.
test.describe.configure({ timeout: 180_000 });

test("a signed-out student goes from the join link to a first post in 6 interactions", async ({ signUpAs, newVisitor }) => {
  const teacher = await signUpAs("teacher");
  const classroom = await createClass(teacher.page);
  await assignSampleEssay(teacher.page);

  const page = await newVisitor();
  await visit(page, classroom.joinLink);
  await expect(page.getByRole("heading", { level: 1, name: `Join ${classroom.name}` })).toBeVisible();
  await expect(page.getByText(`Taught by ${teacher.user.name}.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Already have an account? Sign in" })).toBeVisible();

  const student = newUserData("student");
  const { steps, act } = interactionCounter();
  await act("type name", () => page.locator("#name").fill(student.name));
  await act("type email", () => page.locator("#email").fill(student.email));
  await act("type password", () => page.locator("#password").fill(student.password));
  await act("create account and join", () => page.getByRole("button", { name: "Create account and join" }).click());
  await waitForPath(page, /^\/assignments\/[^/]+\/sections\/1$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Section 1\b/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const body = `My first response ${student.email}`;
  await act("type response", () => page.locator("#response-body").fill(body));
  await act("post response", () => page.getByRole("button", { name: "Post response" }).click());
  await expect(postWithText(page, body)).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: "Your response is posted." })).toBeVisible();

  expect(steps).toHaveLength(6);
});

test("a signed-in student joins from the link in one click and lands on the next section to answer", async ({ signUpAs }) => {
  const teacher = await signUpAs("teacher");
  const classroom = await createClass(teacher.page);
  await assignSampleEssay(teacher.page);

  const student = await signUpAs("student");
  await visit(student.page, classroom.joinLink);
  await student.page.getByRole("button", { name: "Join class" }).click();
  await waitForPath(student.page, /^\/assignments\/[^/]+\/sections\/1$/);
  await expectNoSeriousA11yViolations(student.page);
});

test("a bad sign-up on the join link explains itself and joins nobody", async ({ signUpAs, newVisitor }) => {
  const teacher = await signUpAs("teacher");
  const classroom = await createClass(teacher.page);

  const page = await newVisitor();
  await visit(page, classroom.joinLink);
  const student = newUserData("student");
  await page.locator("#name").fill(student.name);
  await page.locator("#email").fill(student.email);
  await page.locator("#password").fill("short");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page.locator("#password-error")).toHaveText("Use at least 8 characters for your password.");
  await expect(page.locator("#name")).toHaveValue(student.name);
  await expectNoSeriousA11yViolations(page);

  await visit(teacher.page, `/classes/${classroom.id}`);
  await expect(teacher.page.getByText("1 member", { exact: true })).toBeVisible();
});
