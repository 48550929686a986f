import {
  assignKoreanWarReading,
  createClass,
  expect,
  expectNoSeriousA11yViolations,
  joinWithCode,
  openSection,
  postResponse,
  postWithText,
  replyTo,
  sectionPath,
  test,
  uniqueId,
  visit,
  waitForPath,
} from "./fixtures";

// Assigning the sample reading and joining with the code go through the UI here (elsewhere the
// factories do both); the class and the accounts come from the factories.
test("a teacher assigns the reading, a student joins with the code and finds section 3", async ({ classWithStudents, signInAs }) => {
  const { teacher, classroom } = await classWithStudents({ students: 0, assignment: false });
  await visit(teacher.page, `/classes/${classroom.id}`);
  const assignmentId = await assignKoreanWarReading(teacher.page);
  await expect(teacher.page.getByTestId("section-3-count")).toHaveText("0 responses");

  const student = await signInAs("student");
  await joinWithCode(student.page, classroom);
  await expect(student.page.getByText("Student", { exact: true })).toBeVisible();
  // The join code is for teachers only.
  await expect(student.page.getByTestId("join-code")).toHaveCount(0);

  // From the class page to the reading, then to section 3 through the overview's link.
  await student.page.getByRole("link", { name: /The Korean War/ }).click();
  await waitForPath(student.page, new RegExp(`^/assignments/${assignmentId}$`));
  await expectNoSeriousA11yViolations(student.page);
  await student.page.getByRole("link", { name: "Section 3", exact: true }).click();
  await waitForPath(student.page, new RegExp(`^/assignments/${assignmentId}/sections/3$`));
  await expect(student.page.getByRole("heading", { level: 1, name: /^Section 3\b/ })).toBeVisible();
  await expect(student.page.getByText("Discussion question")).toBeVisible();
  await expectNoSeriousA11yViolations(student.page);
});

test("a student responds in section 3 and replies; the teacher sees the reply nested", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  await openSection(student.page, assignmentId, 3);

  const responseText = `Beijing's warnings went unheeded ${uniqueId()}`;
  const response = await postResponse(student.page, responseText);
  await expect(response).toContainText(student.user.name);
  await expect(student.page.getByRole("heading", { name: /Discussion \(1 response\)/ })).toBeVisible();
  await expectNoSeriousA11yViolations(student.page);

  const replyText = `Adding to my own point: the Yalu crossing ${uniqueId()}`;
  await replyTo(student.page, response, replyText);
  await expect(student.page.getByRole("list", { name: `Replies to ${student.user.name}` })).toContainText(replyText);
  await expectNoSeriousA11yViolations(student.page);

  // The teacher sees both, the reply nested under the response.
  await openSection(teacher.page, assignmentId, 3);
  await expect(postWithText(teacher.page, responseText)).toContainText(student.user.name);
  const replies = teacher.page.getByRole("list", { name: `Replies to ${student.user.name}` });
  await expect(replies.getByTestId("post")).toHaveCount(1);
  await expect(replies).toContainText(replyText);
  // Only the response counts as a response.
  await visit(teacher.page, `/assignments/${assignmentId}`);
  await expect(teacher.page.getByTestId("section-3-count")).toHaveText("1 response");
  await expect(teacher.page.getByTestId("section-2-count")).toHaveText("0 responses");
});

// Creating a class goes through the UI here (elsewhere the factories make classes).
test("a teacher creates a class and a student joins through its join link", async ({ signInAs }) => {
  const teacher = await signInAs("teacher");
  const classroom = await createClass(teacher.page);
  await expect(teacher.page.getByText("1 member", { exact: true })).toBeVisible();

  const student = await signInAs("student");
  await visit(student.page, classroom.joinLink);
  await expect(student.page.getByRole("heading", { level: 1, name: `Join ${classroom.name}` })).toBeVisible();
  // A link shows only the button: the code is already in it.
  await expect(student.page.locator("#code")).toHaveCount(0);
  await student.page.getByRole("button", { name: "Join class" }).click();
  await waitForPath(student.page, new RegExp(`^/classes/${classroom.id}$`));
  await expect(student.page.getByRole("heading", { level: 1, name: classroom.name })).toBeVisible();
  await expectNoSeriousA11yViolations(student.page);

  await visit(student.page, "/");
  await expect(student.page.getByRole("link", { name: classroom.name })).toBeVisible();
  await visit(teacher.page, `/classes/${classroom.id}`);
  await expect(teacher.page.getByText("2 members", { exact: true })).toBeVisible();
});

test("without JavaScript a student reads the discussion and posts a response, told plainly what is missing", async ({ classWithStudents, signInAs }) => {
  const { assignmentId, students } = await classWithStudents({ students: 2 });
  const [classmate, student] = students;
  const earlier = `A classmate's point ${uniqueId()}`;
  const posted = await classmate.page.request.post(`/api${sectionPath(assignmentId, 2)}/responses`, { data: { body: earlier } });
  expect(posted.status()).toBe(201);

  // axe runs as a script in the page, which this browser does not run.
  const { page } = await signInAs(student.user, { javaScriptEnabled: false });
  await visit(page, sectionPath(assignmentId, 2), { a11y: false });
  await expect(postWithText(page, earlier)).toBeVisible();

  // An empty response: the server's answer says what is missing, and nothing is posted.
  await page.getByRole("button", { name: "Post response" }).click();
  await expect(page.getByText("Write something before posting.").first()).toBeVisible();
  await expect(page.getByTestId("post")).toHaveCount(1);

  const body = `Posted without script ${uniqueId()}`;
  await postResponse(page, body);
  await expect(postWithText(page, earlier)).toBeVisible();
});
