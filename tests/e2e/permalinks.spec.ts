import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, sectionPath, test, visit } from "./fixtures";
import { createPost, createResponse, koreanWarSectionId, type WorldUser } from "./fixtures/world";

// Post permalinks (/posts/:id): the section page that lists the post, at the right page of its
// responses, scrolled to the post and highlighted (:target); "not found" for anyone who may not see it.

const START = Date.now() - 86_400_000;

/** `count` responses in section 2, a second apart, oldest first. */
async function manyResponses(assignmentId: string, author: Pick<WorldUser, "id">, count: number) {
  const sectionId = await koreanWarSectionId(2);
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      createPost({ assignmentId, sectionId, authorId: author.id, body: `Numbered response ${index + 1}.`, createdAt: new Date(START + index * 1000) }),
    ),
  );
}

async function expectTargeted(page: Page, postId: string) {
  const post = page.locator(`#post-${postId}`);
  await expect(post).toBeInViewport();
  // The highlight is CSS :target, so it is the post the URL names that the page marks.
  await expect(page.locator(":target")).toHaveAttribute("id", `post-${postId}`);
  await expect(post).not.toHaveCSS("box-shadow", "none");
}

test("a permalink opens the page of the section that lists the post, scrolled to it and highlighted", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  const responses = await manyResponses(assignmentId, teacher.user, 55);
  // The 45th newest is the 11th oldest: on page 3 of 20 a page.
  const target = responses[10]!;
  const { page } = student;

  await visit(page, `/posts/${target.id}`);
  const url = new URL(page.url());
  expect(url.pathname).toBe(sectionPath(assignmentId, 2));
  expect(url.searchParams.get("cursor")).not.toBeNull();
  expect(url.hash).toBe(`#post-${target.id}`);
  await expectTargeted(page, target.id);
  const listed = page.getByRole("list", { name: "Responses" }).getByTestId("post");
  await expect(listed).toHaveCount(15);
  await expect(listed.first()).toContainText("Numbered response 15.");
  await expect(page.getByRole("link", { name: "Back to the newest" })).toBeVisible();

  // Each post links to itself, by keyboard too.
  const newest = page.locator(`#post-${responses[1]!.id}`);
  await newest.getByRole("link", { name: "Link to this post" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL((next) => next.hash === `#post-${responses[1]!.id}`);
  await expectTargeted(page, responses[1]!.id);
});

test("a reply's permalink opens its response's page, scrolled to the reply", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  const responses = await manyResponses(assignmentId, teacher.user, 30);
  const parent = responses[5]!;
  const reply = await createPost({ assignmentId, sectionId: parent.sectionId, authorId: student.user.id, parentId: parent.id, body: "A reply on page two." });

  await visit(teacher.page, `/posts/${reply.id}`);
  expect(new URL(teacher.page.url()).searchParams.get("cursor")).not.toBeNull();
  await expectTargeted(teacher.page, reply.id);
  const thread = teacher.page.getByRole("listitem").filter({ has: teacher.page.locator(`#post-${parent.id}`) });
  await expect(thread.locator(`#post-${reply.id}`)).toContainText("A reply on page two.");
});

test("a permalink to a post the viewer may not see answers not found", async ({ classWithStudent, classWithStudents }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  const other = await classWithStudents({ students: 1 });
  const pending = await createResponse(assignmentId, 2, teacher.user, "A draft the class cannot see.", { status: "PENDING" });
  const elsewhere = await createResponse(other.assignmentId, 2, other.teacher.user, "Another class's response.");

  for (const postId of [pending.id, elsewhere.id]) {
    const response = await student.page.goto(`/posts/${postId}`);
    expect(response?.status()).toBe(404);
    await expect(student.page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(student.page.getByText("A draft the class cannot see.")).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(student.page);

  // The teacher who wrote it is taken to it.
  await visit(teacher.page, `/posts/${pending.id}`, { a11y: false });
  await expectTargeted(teacher.page, pending.id);
});
