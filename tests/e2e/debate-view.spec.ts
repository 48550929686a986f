import {
  DEMO,
  expect,
  expectNoSeriousA11yViolations,
  openSection,
  postWithText,
  replyTo,
  sectionPath,
  test,
  uniqueId,
  visit,
} from "./fixtures";
import { demoUser } from "./fixtures/world";
import type { Page } from "@playwright/test";

/** Posts a response with a stance through the JSON API, as the signed-in user of `page`. */
async function postStance(page: Page, assignmentId: string, position: number, data: { body: string; stance?: string; kind?: string; sources?: { title: string; url: string }[] }) {
  const response = await page.request.post(`/api${sectionPath(assignmentId, position)}/responses`, { data });
  expect(response.status(), await response.text()).toBe(201);
}

function stanceTab(page: Page, label: string) {
  return page.getByRole("navigation", { name: "Filter by stance" }).getByRole("link", { name: new RegExp(`^${label} \\d+$`) });
}

test("the teacher's debate view counts stances, filters by one and lists unanswered challenges", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();

  const id = uniqueId();
  const answered = `The essay ignores the Soviet boycott ${id}`;
  const waiting = `Who fired first is disputed ${id}`;
  await postStance(student.page, assignmentId, 2, { body: answered, stance: "CHALLENGES", kind: "CLAIM" });
  await postStance(student.page, assignmentId, 2, { body: waiting, stance: "CHALLENGES", kind: "QUESTION" });
  await postStance(student.page, assignmentId, 2, { body: `The dates check out ${id}`, stance: "SUPPORTS" });
  await postStance(student.page, assignmentId, 2, {
    body: `Both sides armed the border ${id}`,
    stance: "COMPLICATES",
    kind: "EVIDENCE",
    sources: [{ title: "UN Security Council Resolution 82", url: "https://digitallibrary.un.org/record/112025" }],
  });

  // The teacher answers one challenge in the discussion.
  await openSection(teacher.page, assignmentId, 2);
  await replyTo(teacher.page, postWithText(teacher.page, answered), `Resolution 83 was adopted in that absence ${id}`);

  const debatePath = `${sectionPath(assignmentId, 2)}/debate`;
  await visit(teacher.page, debatePath);
  const page = teacher.page;
  await expect(page.getByRole("heading", { level: 1, name: /^Debate: Section 2\b/ })).toBeVisible();
  await expect(stanceTab(page, "All")).toHaveText(/All\s*4/);
  await expect(stanceTab(page, "All")).toHaveAttribute("aria-current", "page");
  await expect(stanceTab(page, "Supports")).toHaveText(/1$/);
  await expect(stanceTab(page, "Challenges")).toHaveText(/2$/);
  await expect(stanceTab(page, "Complicates")).toHaveText(/1$/);
  await expect(page.getByTestId("debate-summary")).toContainText("1 claim · 1 evidence · 1 question · 1 unmarked");
  await expect(page.getByTestId("stance-column-challenges").getByTestId("debate-post")).toHaveCount(2);
  await expect(page.getByTestId("stance-column-supports").getByTestId("stance-count")).toHaveText("1");

  const unanswered = page.getByTestId("unanswered-challenges");
  await expect(unanswered.getByRole("heading", { name: "Unanswered challenges (1)" })).toBeVisible();
  const waitingItem = unanswered.getByTestId("debate-post");
  await expect(waitingItem).toHaveCount(1);
  await expect(waitingItem).toContainText(waiting);
  await expect(waitingItem.getByRole("link", { name: /Open in the discussion/ })).toHaveAttribute(
    "href",
    /^\/posts\/[a-z0-9]+$/,
  );

  // Filter by stance: only challenges, the answered one with its reply counted.
  await stanceTab(page, "Challenges").click();
  await page.waitForURL((url) => url.searchParams.get("stance") === "challenges");
  await expect(stanceTab(page, "Challenges")).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 2, name: "Challenges (2)" })).toBeVisible();
  const results = page.getByTestId("stance-results").getByTestId("debate-post");
  await expect(results).toHaveCount(2);
  await expect(results.filter({ hasText: answered }).getByTestId("reply-count")).toHaveText("1 reply");
  await expect(results.filter({ hasText: waiting }).getByTestId("reply-count")).toHaveText("0 replies");
  await expectNoSeriousA11yViolations(page);

  await stanceTab(page, "No stance").click();
  await expect(page.getByTestId("stance-results")).toContainText("No responses take this stance yet.");
  await expectNoSeriousA11yViolations(page);
});

// Turning post-first on while assigning is tested through the class page in post-first.spec.ts.
test("under post-first, a student's debate view shows no classmate's post until they respond", async ({ classWithStudents }) => {
  const { assignmentId, students } = await classWithStudents({ students: 2, assignment: { postFirst: true } });
  const [first, second] = students;

  const id = uniqueId();
  const classmateText = `The South provoked nothing ${id}`;
  await postStance(first.page, assignmentId, 4, { body: classmateText, stance: "CHALLENGES" });

  const debatePath = `${sectionPath(assignmentId, 4)}/debate`;
  const page = second.page;
  await visit(page, debatePath);
  await expect(page.getByTestId("post-first-notice")).toContainText("Post your own response in this section to see your classmates'.");
  await expect(page.getByTestId("post-first-notice").getByRole("link", { name: "Respond in Section 4" })).toHaveAttribute("href", sectionPath(assignmentId, 4));
  await expect(stanceTab(page, "All")).toHaveText(/0$/);
  await expect(page.getByRole("heading", { name: "Unanswered challenges (0)" })).toBeVisible();
  expect(await page.content()).not.toContain(classmateText);
  expect(await (await page.request.get(`${debatePath}?stance=challenges`)).text()).not.toContain(classmateText);

  await postStance(page, assignmentId, 4, { body: `It was years of repression ${id}`, stance: "SUPPORTS" });
  await visit(page, debatePath);
  await expect(page.getByTestId("post-first-notice")).toHaveCount(0);
  await expect(stanceTab(page, "All")).toHaveText(/2$/);
  await expect(page.getByTestId("unanswered-challenges")).toContainText(classmateText);
});

// Reads the seeded demo class only; writes nothing to it.
test("the demo teacher opens a demo section's debate view", async ({ signInAs }) => {
  const { page } = await signInAs(await demoUser(DEMO.teacher));
  await visit(page, "/");
  await page.getByRole("link", { name: DEMO.className }).click();
  await page.getByRole("link", { name: /The Korean War/ }).click();
  await page.getByRole("link", { name: "Section 3", exact: true }).click();
  await page.waitForURL(/\/sections\/3$/);
  await visit(page, `${new URL(page.url()).pathname}/debate`);
  await expect(page.getByRole("heading", { level: 1, name: /^Debate: Section 3\b/ })).toBeVisible();
  // The seeded section has responses; however they divide by stance, the tabs add up.
  const counts = await page
    .getByRole("navigation", { name: "Filter by stance" })
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => Number(link.textContent?.match(/(\d+)$/)?.[1])));
  expect(counts[0]).toBeGreaterThan(0);
  expect(counts.slice(1).reduce((sum, count) => sum + count, 0)).toBe(counts[0]);
  // The seeded response supporting the essay's account quotes it, and the quote links to the passage.
  const quote = page.getByTestId("stance-column-supports").getByTestId("post-quote").first();
  await expect(quote).toContainText("defensive one to protect borders");
  await expect(quote.getByRole("link", { name: "See this passage in the text" })).toHaveAttribute("href", /\/sections\/3\?passage=\d+-\d+#passage-posts$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Unanswered challenges \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the section and its discussion" })).toHaveAttribute("href", /\/sections\/3$/);
});

test("without JavaScript the debate view and its filters read in full; with it, a slow filter link shows it is on its way", async ({ classWithStudent, signInAs }) => {
  const { assignmentId, student } = await classWithStudent();
  const body = `Readable without script ${uniqueId()}`;
  await postStance(student.page, assignmentId, 2, { body, stance: "COMPLICATES" });
  const debatePath = `${sectionPath(assignmentId, 2)}/debate`;

  // Nothing is streamed in behind a placeholder, which only script would swap for the content.
  const { page: plain } = await signInAs(student.user, { javaScriptEnabled: false });
  await visit(plain, debatePath, { a11y: false });
  await expect(plain.getByTestId("stance-column-complicates").getByTestId("debate-post").filter({ hasText: body })).toBeVisible();
  await stanceTab(plain, "Complicates").click();
  await plain.waitForURL(/\?stance=complicates$/);
  await expect(plain.getByText(body)).toBeVisible();

  // With script: a navigation held back shows a spinner in the link clicked, gone once it lands.
  const page = student.page;
  await visit(page, debatePath);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/debate\?stance=supports/, async (route) => {
    await held;
    await route.continue();
  });
  const supports = stanceTab(page, "Supports");
  await supports.click();
  await expect(supports.getByTestId("link-pending")).toBeVisible();
  release();
  await page.waitForURL(/\?stance=supports$/);
  await expect(stanceTab(page, "Supports")).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("link-pending")).toHaveCount(0);
});
