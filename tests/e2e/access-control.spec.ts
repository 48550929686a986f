import { expect, expectNoSeriousA11yViolations, openSection, sectionPath, test } from "./fixtures";
import { joinDemoClass } from "./fixtures/world";

test("a student of another class gets a 404 for this class, its reading and its sections", async ({ classWithStudents, signInAs }) => {
  const { teacher, classroom, assignmentId } = await classWithStudents({ students: 0 });
  await openSection(teacher.page, assignmentId, 3);
  const sectionText = (await teacher.page.getByRole("article", { name: /^Section 3\b/ }).locator("p").first().textContent()) ?? "";
  expect(sectionText.length).toBeGreaterThan(100);
  const question = (await teacher.page.getByRole("complementary", { name: "Discussion question" }).locator("p").nth(1).textContent()) ?? "";
  expect(question.length).toBeGreaterThan(20);
  // Distinctive snippets, checked against the raw HTML (the RSC payload included).
  const snippets = [sectionText.slice(0, 60), sectionText.slice(-60), question.slice(0, 60)];

  // A student, but of the demo class.
  const outsider = await signInAs("student");
  await joinDemoClass(outsider.user);

  for (const path of [sectionPath(assignmentId, 3), `/assignments/${assignmentId}`, `/classes/${classroom.id}`]) {
    const response = await outsider.page.goto(path);
    expect(response, path).not.toBeNull();
    // Soft: report every page's status, then go on to check what the page shows.
    expect.soft(response!.status(), `HTTP status of ${path} for a non-member`).toBe(404);
    await expect(outsider.page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    const html = await response!.text();
    for (const snippet of [...snippets, classroom.name, classroom.joinCode]) {
      expect(html, `${path} leaks "${snippet}"`).not.toContain(snippet);
    }
    await expect(outsider.page.locator("body")).not.toContainText(snippets[0]!);
    await expect(outsider.page.getByRole("textbox", { name: "Your response" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(outsider.page);
  }

  // The member's own view still works, so the 404s above are about access, not a broken page.
  await openSection(teacher.page, assignmentId, 3);
  await expect(teacher.page.getByRole("article", { name: /^Section 3\b/ })).toContainText(snippets[0]!);
});

test("the responses API answers 404 to a non-member, for reading and for posting", async ({ classWithStudents, signInAs }) => {
  const { teacher, assignmentId } = await classWithStudents({ students: 0 });
  const api = `/api/assignments/${assignmentId}/sections/3/responses`;

  const outsider = await signInAs("student");
  const list = await outsider.page.request.get(api);
  expect(list.status()).toBe(404);
  const post = await outsider.page.request.post(api, { data: { body: "Let me in" } });
  expect(post.status()).toBe(404);

  // The outsider's post went nowhere.
  const own = await teacher.page.request.get(api);
  expect(own.status()).toBe(200);
  expect((await own.json()).responses).toEqual([]);
  await openSection(teacher.page, assignmentId, 3);
  await expect(teacher.page.getByTestId("post")).toHaveCount(0);
});
