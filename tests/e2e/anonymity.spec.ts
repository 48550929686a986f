import {
  expect,
  expectNoSeriousA11yViolations,
  postWithText,
  sectionPath,
  test,
  uniqueId,
  visit,
} from "./fixtures";

test("in anonymous mode a classmate sees 'Anonymous student' and receives no trace of the author", async ({ classWithStudents }) => {
  const { teacher, classroom, assignmentId, students } = await classWithStudents({ students: 2 });
  const [author, classmate] = students;
  await visit(teacher.page, `/classes/${classroom.id}/moderation/settings`);
  await teacher.page.getByLabel("How classmates see authors").selectOption("ANONYMOUS");
  await teacher.page.getByRole("button", { name: "Save class settings" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "Class settings saved." })).toBeVisible();

  const path = sectionPath(assignmentId, 3);
  await visit(author.page, path);
  await expect(author.page.getByTestId("posting-rules")).toContainText("Anonymous student");
  const body = `An anonymous argument ${uniqueId()}`;
  await author.page.locator("#response-body").fill(body);
  await author.page.getByRole("button", { name: "Post response" }).click();
  // The author sees their own post as theirs.
  await expect(postWithText(author.page, body)).toContainText(author.user.name);
  await expect(postWithText(author.page, body)).toContainText("you");

  await visit(classmate.page, path);
  const post = postWithText(classmate.page, body);
  await expect(post).toContainText("Anonymous student");
  await expect(post).not.toContainText(author.user.name);
  await expectNoSeriousA11yViolations(classmate.page);

  // Everything the classmate's browser can be sent: the HTML, the RSC payload of a client-side
  // navigation, and the JSON API.
  const traces = [author.user.name, author.user.email, author.user.email.split("@")[0]!];
  const html = await (await classmate.page.request.get(path)).text();
  const rsc = await (await classmate.page.request.get(path, { headers: { RSC: "1" } })).text();
  const json = await (await classmate.page.request.get(`/api/assignments/${assignmentId}/sections/3/responses`)).text();
  expect(html).toContain(body);
  expect(rsc).toContain(body);
  expect(json).toContain(body);
  for (const payload of [html, rsc, json]) {
    for (const trace of traces) expect(payload).not.toContain(trace);
  }
  expect(await classmate.page.content()).not.toContain(author.user.name);

  // The teacher sees who wrote it.
  await visit(teacher.page, path);
  await expect(postWithText(teacher.page, body)).toContainText(author.user.name);
});
