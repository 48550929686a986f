import { expect, expectNoSeriousA11yViolations, KOREAN_WAR_TITLE, test, uniqueId, visit } from "./fixtures";
import { createPost, createResponse, koreanWarReading, koreanWarSectionId } from "./fixtures/world";

// Changing an assignment after assigning it, deleting one with its posts, and removing a member:
// each destructive step asks first and says what it takes with it. Every page gets an axe check.

test("the assign form starts due in 7 days at 23:59 with every section; a teacher edits the due date and a requirement", async ({ classWithStudent }) => {
  const { teacher, student, classroom, assignmentId } = await classWithStudent({ assignment: { minResponses: 1 } });
  await createResponse(assignmentId, 1, student.user, `First thoughts ${uniqueId()}`);

  // The defaults are visible before assigning.
  await visit(teacher.page, `/classes/${classroom.id}`);
  await expect(teacher.page.locator("#dueAt")).toHaveValue(/T23:59$/);
  await expect(teacher.page.getByRole("group", { name: "Sections included" }).getByRole("checkbox", { checked: false })).toHaveCount(0);

  await visit(teacher.page, `/assignments/${assignmentId}`);
  await teacher.page.getByRole("link", { name: "Edit assignment" }).click();
  await expect(teacher.page.getByRole("heading", { level: 1, name: /^Edit the assignment of/ })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);
  // Someone has posted: the sections are shown but cannot change.
  await expect(teacher.page.getByText("The sections can't change once someone has posted. It has 1 response and 0 replies.")).toBeVisible();
  await expect(teacher.page.getByRole("group", { name: "Sections included" }).getByRole("checkbox").first()).toBeDisabled();
  await expect(teacher.page.getByLabel("Minimum responses")).toHaveValue("1");

  await teacher.page.locator("#dueAt").fill("2031-05-01T23:59");
  await teacher.page.getByLabel("Minimum responses").fill("2");
  await teacher.page.getByRole("button", { name: "Save changes" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "Assignment saved." })).toBeVisible();
  await expect(teacher.page.locator("time").filter({ hasText: "2031" })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);

  // The student's progress follows the new requirement at once.
  await visit(student.page, `/assignments/${assignmentId}`);
  await expect(student.page.getByTestId("progress-summary")).toHaveText("1 of 2 responses, 0 replies");
  await expect(student.page.getByRole("link", { name: "Edit assignment" })).toHaveCount(0);
  const forbidden = await student.page.goto(`/assignments/${assignmentId}/edit`);
  expect(forbidden?.status()).toBe(404);
});

test("deleting an assignment says how many posts go with it and asks for a tick first", async ({ classWithStudent }) => {
  const { teacher, student, classroom, assignmentId } = await classWithStudent();
  const response = await createResponse(assignmentId, 2, student.user, `To be deleted ${uniqueId()}`);
  await createPost({ assignmentId, sectionId: await koreanWarSectionId(2), authorId: teacher.user.id, parentId: response.id, body: "A reply" });

  await visit(teacher.page, `/assignments/${assignmentId}`);
  await teacher.page.getByRole("link", { name: "Delete assignment" }).click();
  await expect(teacher.page.getByTestId("delete-consequence")).toContainText("This deletes 1 response and 1 reply.");
  await expectNoSeriousA11yViolations(teacher.page);

  await teacher.page.getByRole("button", { name: "Delete assignment" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "Tick the box to confirm that the posts go too." })).toBeVisible();
  await teacher.page.getByLabel("Yes, delete it with its 1 response and 1 reply").check();
  await teacher.page.getByRole("button", { name: "Delete assignment" }).click();
  await teacher.page.waitForURL(`**/classes/${classroom.id}`);
  await expect(teacher.page.getByText("No readings assigned yet.")).toBeVisible();
  const gone = await student.page.goto(`/assignments/${assignmentId}`);
  expect(gone?.status()).toBe(404);
});

test("removing a member asks first, naming them, and works from the keyboard", async ({ classWithStudent }) => {
  const { teacher, student, classroom } = await classWithStudent({ assignment: false });
  const { page } = teacher;
  await visit(page, `/classes/${classroom.id}/roster`);
  const row = page.getByTestId("roster-row").filter({ hasText: student.user.email });

  await row.getByRole("button", { name: `Remove ${student.user.name}` }).click();
  const question = row.getByText(`Remove ${student.user.name} from the class? They lose access to it; their posts stay.`);
  await expect(question).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toHaveCount(0);

  await row.getByRole("button", { name: `Remove ${student.user.name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(question).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(row.getByRole("button", { name: `Yes, remove ${student.user.name}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("roster-row").filter({ hasText: student.user.email })).toHaveCount(0);
  const removed = await student.page.goto(`/classes/${classroom.id}`);
  expect(removed?.status()).toBe(404);
});

test("an archived assignment disappears for students and is listed under Archived for the teacher", async ({ classWithStudent }) => {
  const { teacher, student, classroom, assignmentId } = await classWithStudent();
  await visit(teacher.page, `/assignments/${assignmentId}`);
  await teacher.page.getByRole("button", { name: "Archive assignment" }).click();
  await expect(teacher.page.getByRole("button", { name: "Restore assignment" })).toBeVisible();
  await expect(teacher.page.getByRole("note").filter({ hasText: "This assignment is archived" })).toBeVisible();
  expect((await student.page.goto(`/assignments/${assignmentId}`))?.status()).toBe(404);

  await visit(teacher.page, `/classes/${classroom.id}`);
  await expect(teacher.page.getByRole("region", { name: "Archived" }).getByRole("link", { name: "The Korean War" })).toBeVisible();
  await visit(student.page, `/classes/${classroom.id}`);
  await expect(student.page.getByTestId("empty-state")).toContainText("No readings assigned yet.");
});

test("a teacher copies the sample essay to edit it, and deletes a reading no assignment uses", async ({ signInAs }) => {
  const { page } = await signInAs("teacher");
  const sample = await koreanWarReading();
  await visit(page, `/library/${sample.id}`);
  await page.getByRole("button", { name: "Copy to my library" }).click();
  await page.waitForURL(/\/library\/\w+\/edit$/);
  await expect(page.locator("#title")).toHaveValue(KOREAN_WAR_TITLE);
  await expectNoSeriousA11yViolations(page);

  const copyPath = new URL(page.url()).pathname.replace(/\/edit$/, "");
  await visit(page, copyPath);
  await page.getByRole("button", { name: "Delete reading" }).click();
  await page.waitForURL(/\/library\?deleted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Reading deleted." })).toBeVisible();
  expect((await page.goto(copyPath))?.status()).toBe(404);
});
