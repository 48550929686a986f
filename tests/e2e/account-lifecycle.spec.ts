import fs from "node:fs/promises";
import { expect, expectNoSeriousA11yViolations, openSection, postWithText, test, uniqueId, visit, waitForPath } from "./fixtures";
import { createResponse } from "./fixtures/world";

// Download everything I wrote, then delete the account: the password confirms it, signing in no
// longer works, and classmates see the posts as by "Former member" (or removed, as the teacher chose).

test("a student downloads their data, deletes their account, and classmates see “Former member”", async ({ classWithStudents }) => {
  const { students, assignmentId } = await classWithStudents({ students: 2 });
  const [leaver, classmate] = students as [(typeof students)[number], (typeof students)[number]];
  const text = `The armistice line was drawn by both sides ${uniqueId()}`;
  await createResponse(assignmentId, 1, leaver.user, text);
  const page = leaver.page;

  await visit(page, "/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your account" }).click();
  await waitForPath(page, /^\/account$/);
  await page.getByRole("link", { name: "Your data" }).click();
  await waitForPath(page, /^\/account\/data$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything I wrote (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^margin-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await fs.readFile((await download.path())!, "utf8"));
  expect(data.profile).toMatchObject({ name: leaver.user.name, email: leaver.user.email });
  expect(data.posts.map((post: { body: string }) => post.body)).toEqual([text]);

  // A wrong password deletes nothing and says why, by the field.
  const password = page.getByLabel("Your password, to confirm");
  await password.fill(`${leaver.user.password}-wrong`);
  await password.press("Enter");
  await expect(page.getByText("That password is not right.", { exact: true })).toBeVisible();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  await password.fill(leaver.user.password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await waitForPath(page, /^\/signin$/);
  await expect(page.getByText("Your account is deleted.")).toBeVisible();

  // The old login no longer works.
  await page.locator("#email").fill(leaver.user.email);
  await page.locator("#password").fill(leaver.user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "That email and password don't match an account." })).toBeVisible();

  await openSection(classmate.page, assignmentId, 1);
  const post = postWithText(classmate.page, text);
  await expect(post).toHaveAttribute("aria-label", "Post by Former member");
  await expect(classmate.page.getByText(leaver.user.name)).toHaveCount(0);
});

test("a class set to remove departed members' posts shows them as deleted; an only teacher is told to hand over first", async ({ classWithStudents }) => {
  const { teacher, students, classroom, assignmentId } = await classWithStudents({ students: 2 });
  const [leaver, classmate] = students as [(typeof students)[number], (typeof students)[number]];
  const text = `Removed with its author ${uniqueId()}`;
  await createResponse(assignmentId, 1, leaver.user, text);

  // The teacher chooses "remove" on the class's settings page, by keyboard.
  await visit(teacher.page, `/classes/${classroom.id}/moderation/settings`);
  const choice = teacher.page.getByLabel("When a member deletes their account, their posts here");
  await choice.selectOption("REMOVE");
  await teacher.page.getByRole("button", { name: "Save class settings" }).press("Enter");
  await expect(teacher.page.getByRole("status").filter({ hasText: "Class settings saved." })).toBeVisible();

  // The class's only teacher cannot delete their account yet.
  await visit(teacher.page, "/account/data");
  await expect(teacher.page.getByText(`Make another member a teacher of ${classroom.name} first, or archive it.`)).toBeVisible();
  await expect(teacher.page.getByRole("button", { name: "Delete my account" })).toHaveCount(0);

  await visit(leaver.page, "/account/data");
  await expect(leaver.page.getByText(`${classroom.name}: your posts are removed`)).toBeVisible();
  await leaver.page.getByLabel("Your password, to confirm").fill(leaver.user.password);
  await leaver.page.getByRole("button", { name: "Delete my account" }).click();
  await waitForPath(leaver.page, /^\/signin$/);

  await openSection(classmate.page, assignmentId, 1);
  await expect(postWithText(classmate.page, text)).toHaveCount(0);
});

test("the export answers 401 to a signed-out visitor, and the page sends them to sign in", async ({ newVisitor }) => {
  const page = await newVisitor();
  expect((await page.request.get("/api/account/export")).status()).toBe(401);
  const response = await page.request.get("/account/data", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe("/signin");
});
