import {
  expect,
  expectNoSeriousA11yViolations,
  openSection,
  postResponse,
  postWithText,
  test,
  uniqueId,
  visit,
} from "./fixtures";
import { createResponse } from "./fixtures/world";

test("an empty response is refused with a clear message and posts nothing", async ({ classWithStudent }) => {
  const { assignmentId, student } = await classWithStudent();
  const { page } = student;
  await openSection(page, assignmentId, 2);

  for (const body of ["", "   \n\t  "]) {
    await page.locator("#response-body").fill(body);
    await page.getByRole("button", { name: "Post response" }).click();
    await expect(page.locator("#response-body-error")).toHaveText("Write something before posting.");
    await expect(page.getByRole("status").filter({ hasText: "Write something before posting." })).toBeVisible();
    await expect(page.locator("#response-body")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("post")).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(page);

  // Nothing was stored: a fresh load and the overview agree.
  await openSection(page, assignmentId, 2);
  await expect(page.getByTestId("post")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Discussion \(0 responses\)/ })).toBeVisible();
  await visit(page, `/assignments/${assignmentId}`);
  await expect(page.getByTestId("section-2-count")).toHaveText("0 responses");
});

// 32^8 codes: a random one belongs to no class in this test database.
function randomJoinCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from({ length: 8 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
}

test("a malformed or unknown join code gets a clear message", async ({ signInAs }) => {
  const { page } = await signInAs("student");
  await visit(page, "/join");

  await page.locator("#code").fill("ABC");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.locator("#code-error")).toHaveText("A join code is 8 letters and digits, like KWAR7DMN.");
  await expect(page.locator("#code")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/join$/);
  await expectNoSeriousA11yViolations(page);

  // Lower case with a dash is accepted as typing; a well-formed code no class has is explained.
  const code = randomJoinCode();
  await page.locator("#code").fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status")).toHaveText("No class has that join code. Check it with your teacher.");

  await page.locator("#code").fill("");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.locator("#code-error")).toHaveText("Enter the join code your teacher gave you.");

  await visit(page, "/");
  await expect(page.getByText("You are not in any class yet.")).toBeVisible();
});

test("editing your own post marks it edited, for everyone", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  const { page } = student;
  await openSection(page, assignmentId, 4);

  const original = `First draft ${uniqueId()}`;
  const post = await postResponse(page, original);
  await expect(post).not.toContainText("(edited)");

  await post.getByRole("button", { name: "Edit" }).click();
  const field = page.getByRole("textbox", { name: "Edit your post" });
  await expect(field).toHaveValue(original);
  await expectNoSeriousA11yViolations(page);
  const revised = `Second draft, with *emphasis* ${uniqueId()}`;
  await field.fill(revised);
  await page.getByRole("button", { name: "Save changes" }).click();
  const edited = postWithText(page, revised.replace("*emphasis*", "emphasis"));
  await expect(edited).toHaveCount(1);
  await expect(edited).toContainText("(edited)");
  await expect(edited.locator("em", { hasText: "emphasis" })).toBeVisible();
  await expect(postWithText(page, original)).toHaveCount(0);

  // Persisted, and others see it edited too.
  await openSection(teacher.page, assignmentId, 4);
  await expect(postWithText(teacher.page, "Second draft, with emphasis")).toContainText("(edited)");
  await expect(postWithText(teacher.page, "Second draft, with emphasis").getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(postWithText(teacher.page, "Second draft, with emphasis").getByRole("button", { name: "Delete" })).toHaveCount(0);
});

test("deleting your own post asks first, then removes it for everyone", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  const { page } = student;
  const body = `A post to take back ${uniqueId()}`;
  await createResponse(assignmentId, 4, student.user, body);
  await openSection(page, assignmentId, 4);
  const post = postWithText(page, body);
  await expect(post).toHaveCount(1);

  // Delete asks first: dismissing keeps the post.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await post.getByRole("button", { name: "Delete" }).click();
  await expect(post).toHaveCount(1);

  page.once("dialog", (dialog) => {
    expect(dialog.type()).toBe("confirm");
    void dialog.accept();
  });
  await post.getByRole("button", { name: "Delete" }).click();
  await expect(post).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Discussion \(0 responses\)/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await openSection(teacher.page, assignmentId, 4);
  await expect(teacher.page.getByTestId("post")).toHaveCount(0);
  await visit(teacher.page, `/assignments/${assignmentId}`);
  await expect(teacher.page.getByTestId("section-4-count")).toHaveText("0 responses");
});
