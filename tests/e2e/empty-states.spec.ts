import { expect, openSection, test, visit } from "./fixtures";

// Empty states teach: each says what to do next and offers the button that does it.

test("a student with no classes is offered the join page", async ({ signInAs }) => {
  const { page } = await signInAs("student");
  await visit(page, "/");
  const empty = page.getByTestId("empty-state").filter({ hasText: "You are not in any class yet." });
  await expect(empty).toBeVisible();
  await empty.getByRole("link", { name: "Join with a code" }).click();
  await expect(page).toHaveURL(/\/join$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a new class tells its student what will appear, and its teacher how to assign", async ({ classWithStudent }) => {
  const { teacher, student, classroom } = await classWithStudent({ assignment: false });
  await visit(student.page, `/classes/${classroom.id}`);
  await expect(student.page.getByTestId("empty-state")).toContainText("When your teacher assigns one, it appears here");
  await visit(teacher.page, `/classes/${classroom.id}`);
  await expect(teacher.page.getByTestId("empty-state")).toContainText("Assign the sample essay above");
  await expect(teacher.page.getByRole("button", { name: /Assign the sample essay/ })).toBeVisible();
});

test("a library with only the sample offers to add a reading", async ({ signInAs }) => {
  const { page } = await signInAs("teacher");
  await visit(page, "/library");
  const empty = page.getByTestId("empty-state");
  await expect(empty).toContainText("Or start with a sample below");
  await empty.getByRole("link", { name: "Add your own reading" }).click();
  await expect(page).toHaveURL(/\/library\/new$/);
});

test("a section with no posts leads the student to the response box", async ({ classWithStudent }) => {
  const { student, assignmentId } = await classWithStudent();
  const page = student.page;
  await openSection(page, assignmentId, 4);
  const empty = page.getByTestId("empty-state").filter({ hasText: "No responses yet." });
  await expect(empty).toBeVisible();
  await empty.getByRole("link", { name: "Write the first response" }).press("Enter");
  await expect(page).toHaveURL(/#response-body$/);
  await expect(page.locator("#response-body")).toBeInViewport();
});
