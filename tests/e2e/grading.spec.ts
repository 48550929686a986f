import { expect, expectNoSeriousA11yViolations, test, visit, waitForPath } from "./fixtures";
import { createResponse, createWorldMember } from "./fixtures/world";

// Issue 14: a teacher builds a rubric, sets up participation scoring with a preview, grades two
// students with the keyboard's next-student shortcut, releases; a student reads only their grade.

test("build a rubric, grade two students by keyboard, release, and a student reads their grade", async ({ classWithStudents }) => {
  const { teacher, assignmentId, students } = await classWithStudents({ students: 2, assignment: { minResponses: 1 } });
  await createResponse(assignmentId, 1, students[0]!.user, "The essay never mentions the UN Security Council resolutions of June 1950.");
  await createResponse(assignmentId, 2, students[1]!.user, "Soviet archives show Stalin approved the attack in advance.");
  const page = teacher.page;

  // A rubric: a criterion without a name is refused with a message; then it saves.
  await visit(page, "/rubrics/new");
  await page.getByRole("textbox", { name: "Title" }).fill("Discussion rubric");
  await page.getByRole("button", { name: "Save rubric" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Name each criterion." })).toBeVisible();
  await page.getByRole("textbox", { name: "Criterion 1 name" }).fill("Use of evidence");
  await page.getByRole("textbox", { name: "Description of criterion 1, level 1" }).fill("Quotes and sources, explained");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Save rubric" }).click();
  await waitForPath(page, /\/rubrics\/\w+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Discussion rubric" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await visit(page, "/rubrics");
  await expect(page.getByRole("link", { name: "Discussion rubric" })).toBeVisible();

  // Participation on, the rubric attached: the preview comes before saving.
  await visit(page, `/assignments/${assignmentId}/grading/settings`);
  await page.getByRole("checkbox", { name: "Score participation automatically" }).check();
  await page.getByRole("combobox", { name: "Rubric" }).selectOption({ label: "Discussion rubric (3 pts)" });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview: the class under these settings" })).toBeVisible();
  await expect(page.getByTestId("distribution")).toContainText("2 students");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Save these settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Grading settings saved." })).toBeVisible();

  // Grading: the first student, their post in context and the breakdown; then "j" to the next.
  await visit(page, `/assignments/${assignmentId}/grading`);
  await expect(page.getByText("Hidden from students until you release them.")).toBeVisible();
  const first = (await page.getByTestId("graded-student").textContent())!;
  const firstStudent = students.find((s) => s.user.name === first)!;
  const second = students.find((s) => s !== firstStudent)!;
  await expect(page.getByTestId("graded-post")).toHaveCount(1);
  await expect(page.getByTestId("score-breakdown")).toContainText("Requirements");
  await expectNoSeriousA11yViolations(page);
  const form = page.getByRole("form", { name: `Grade for ${first}` });
  await form.getByRole("radio", { name: /^Excellent/ }).check();
  await form.getByRole("textbox", { name: "Private feedback to the student" }).fill(`Well argued, ${first}.`);
  // An override above the maximum is refused.
  await form.getByRole("textbox", { name: /Override score/ }).fill("99");
  await form.getByRole("textbox", { name: "Reason for the override" }).fill("Extra credit");
  await form.getByRole("button", { name: "Save grade" }).click();
  await expect(form.getByRole("status")).toContainText("An override cannot be above the maximum of 13 points.");
  await form.getByRole("textbox", { name: /Override score/ }).fill("");
  await form.getByRole("textbox", { name: "Reason for the override" }).fill("");
  await form.getByRole("button", { name: "Save grade" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Grade saved." })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("grading.png"), fullPage: true });
  // Typing "j" in a field does not move on; outside a field it opens the next student.
  await form.getByRole("textbox", { name: "Private feedback to the student" }).press("j");
  await expect(page.getByTestId("graded-student")).toHaveText(first);
  await page.getByRole("heading", { name: "Grade", exact: true }).click();
  await page.keyboard.press("j");
  await expect(page.getByTestId("graded-student")).toHaveText(second.user.name);
  const secondForm = page.getByRole("form", { name: `Grade for ${second.user.name}` });
  await secondForm.getByRole("radio", { name: /^Good/ }).focus();
  await page.keyboard.press("Space");
  await secondForm.getByRole("textbox", { name: "Private feedback to the student" }).fill("Cite the archive document.");
  await secondForm.getByRole("button", { name: "Save grade" }).press("Enter");
  await expect(secondForm.getByRole("status").filter({ hasText: "Grade saved." })).toBeVisible();
  await page.getByRole("heading", { name: "Grade", exact: true }).click();
  await page.keyboard.press("k");
  await expect(page.getByTestId("graded-student")).toHaveText(first);

  // Nothing is visible to students before release.
  await visit(firstStudent.page, `/assignments/${assignmentId}`);
  await expect(firstStudent.page.getByTestId("own-grade")).toHaveCount(0);

  await page.getByRole("button", { name: "Release grades" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Grades released" })).toBeVisible();

  // The student reads their own grade, and only theirs.
  await visit(firstStudent.page, `/assignments/${assignmentId}`);
  const card = firstStudent.page.getByRole("region", { name: "Your grade" });
  await expect(card.getByTestId("own-feedback")).toHaveText(`Well argued, ${first}.`);
  await expect(card.getByTestId("score-breakdown")).toContainText("Spread");
  await expect(card).toContainText("Use of evidence");
  await expect(firstStudent.page.getByText("Cite the archive document.")).toHaveCount(0);
  await expectNoSeriousA11yViolations(firstStudent.page);
  // Students cannot open the grading view or the gradebook.
  expect((await firstStudent.page.goto(`/assignments/${assignmentId}/grading`))?.status()).toBe(404);
  expect((await firstStudent.page.request.get(`/api/assignments/${assignmentId}/gradebook.csv?format=canvas`)).status()).toBe(404);
  // The teacher's gradebook in Canvas's layout.
  const csv = await page.request.get(`/api/assignments/${assignmentId}/gradebook.csv?format=canvas`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Student,ID,SIS User ID,SIS Login ID,Section,");
});

test("a teacher lets the class's TAs grade; the TA then grades and releases, but the settings stay the teacher's", async ({ classWithStudent, signInAs }) => {
  const { teacher, classroom, assignmentId, student } = await classWithStudent();
  await createResponse(assignmentId, 1, student.user, "The essay leaves out who crossed the 38th parallel first.");
  const ta = await signInAs(await createWorldMember(classroom, "TA"));
  expect((await ta.page.goto(`/assignments/${assignmentId}/grading`))?.status()).toBe(404);

  await visit(teacher.page, `/classes/${classroom.id}/moderation/settings`);
  await teacher.page.getByRole("checkbox", { name: /TAs may grade/ }).check();
  await teacher.page.getByRole("button", { name: "Save class settings" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "Class settings saved." })).toBeVisible();

  await visit(ta.page, `/assignments/${assignmentId}`);
  await ta.page.getByRole("link", { name: "Grading", exact: true }).click();
  await waitForPath(ta.page, /\/grading$/);
  await expect(ta.page.getByTestId("graded-student")).toHaveText(student.user.name);
  await expect(ta.page.getByRole("link", { name: "Grading settings" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(ta.page);
  const form = ta.page.getByRole("form", { name: `Grade for ${student.user.name}` });
  await form.getByRole("textbox", { name: "Private feedback to the student" }).fill("Name the source for that claim.");
  await form.getByRole("button", { name: "Save grade" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Grade saved." })).toBeVisible();
  await ta.page.getByRole("button", { name: "Release grades" }).click();
  await expect(ta.page.getByRole("status").filter({ hasText: "Grades released" })).toBeVisible();
  expect((await ta.page.goto(`/assignments/${assignmentId}/grading/settings`))?.status()).toBe(404);
});

test("a student's many posts come a page at a time, and the keyboard still moves between students", async ({ classWithStudents }) => {
  const { teacher, assignmentId, students } = await classWithStudents({ students: 2 });
  const [prolific, other] = [students[0]!, students[1]!];
  const start = Date.now() - 3_600_000;
  for (let i = 0; i < 23; i++) {
    await createResponse(assignmentId, 1 + (i % 3), prolific.user, `Argument number ${i + 1} about the armistice.`, { createdAt: new Date(start + i * 60_000) });
  }
  const page = teacher.page;
  await visit(page, `/assignments/${assignmentId}/grading?student=${prolific.user.id}`);
  await expect(page.getByTestId("graded-post")).toHaveCount(20);
  await expect(page.getByTestId("graded-post").first()).toContainText("Argument number 1 ");
  const more = page.getByRole("link", { name: "Show more posts" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("graded-post")).toHaveCount(3);
  await expect(page.getByTestId("graded-post").first()).toContainText("Argument number 21 ");
  await expect(page.getByRole("link", { name: "Show more posts" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Back to their first posts" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The other student is one key away on any page of posts (the roster is by name).
  await page.getByRole("heading", { name: "Grade", exact: true }).click();
  await page.keyboard.press(prolific.user.name.localeCompare(other.user.name) < 0 ? "j" : "k");
  await expect(page.getByTestId("graded-student")).toHaveText(other.user.name);
});
