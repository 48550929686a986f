import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, openSection, postWithText, sectionPath, test, uniqueId, visit } from "./fixtures";
import { koreanWarReading } from "./fixtures/world";

/** Posts a response through the JSON API as the signed-in user of `page`; returns its id. */
async function postStance(page: Page, assignmentId: string, data: { body: string; stance?: string; quote?: string }): Promise<string> {
  const { quote, ...fields } = data;
  const extra: Record<string, unknown> = {};
  if (quote) {
    const body = (await koreanWarReading()).sections.find((section) => section.position === 2)!.body;
    const start = body.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    Object.assign(extra, { quoteStart: start, quoteEnd: start + quote.length, quoteText: quote });
  }
  const response = await page.request.post(`/api${sectionPath(assignmentId, 2)}/responses`, { data: { ...fields, ...extra } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The first sentence-sized stretch of section 2, to quote. */
async function passageOfSection2(): Promise<string> {
  const body = (await koreanWarReading()).sections.find((section) => section.position === 2)!.body;
  return body.trim().split(/\s+/).slice(0, 8).join(" ");
}

test("the teacher projects the board, hides names, spotlights a post; students see it at the top until it is cleared", async ({ classWithStudents }) => {
  const { teacher, assignmentId, students } = await classWithStudents({ students: 2 });
  const [alice, bob] = students as [(typeof students)[number], (typeof students)[number]];
  // Each test has a class of its own, so the texts need no unique marks (and read well in the screenshot).
  const passage = await passageOfSection2();
  const challenge = "The essay leaves out who crossed the 38th parallel first on 25 June 1950.";
  await postStance(alice.page, assignmentId, { body: challenge, stance: "CHALLENGES", quote: passage });
  await postStance(bob.page, assignmentId, { body: "The UN resolutions were passed while the Soviet delegate was absent, so the essay has a point about their standing.", stance: "SUPPORTS", quote: passage });
  await postStance(alice.page, assignmentId, { body: "Both Koreas raided across the border in 1949; calling either side purely the victim misses that.", stance: "COMPLICATES" });
  await postStance(bob.page, assignmentId, { body: "Soviet archive documents show Stalin approved the invasion plan in spring 1950.", stance: "CHALLENGES", quote: passage });
  await postStance(alice.page, assignmentId, { body: "The land reform described here did happen in the North in 1946.", stance: "SUPPORTS" });

  // Bob has the section open: the board counts him.
  await openSection(bob.page, assignmentId, 2);

  // The section page's moderator tools lead to the board.
  await openSection(teacher.page, assignmentId, 2);
  await teacher.page.getByTestId("moderator-tools").getByRole("link", { name: "Live board" }).click();
  const page = teacher.page;
  await page.waitForURL(/\/sections\/2\/board$/);
  // Loaded afresh, so the document holds the board's own HTML and RSC payload only.
  const boardPath = `${sectionPath(assignmentId, 2)}/board`;
  await visit(page, boardPath);
  await expect(page.getByRole("heading", { level: 1, name: /^Section 2\b/ })).toBeVisible();

  // Names are hidden by default, and absent from the page altogether.
  const hideNames = page.getByRole("switch", { name: "Hide names" });
  await expect(hideNames).toBeChecked();
  await expect(page.getByTestId("board-column-challenges")).toContainText(challenge);
  await expect(page.getByTestId("board-passages")).toContainText(passage);
  await expect(page.getByTestId("board-passages")).toContainText("3 posts");
  await expect(page.getByTestId("board-unanswered")).toContainText(challenge);
  await expect(page.getByTestId("presence-count")).toHaveText("2 people are in this section");
  const html = await page.content();
  for (const student of [alice, bob]) expect(html).not.toContain(student.user.name);
  await expect(page.getByText("Who is here")).toHaveCount(0);

  // Shown, by keyboard: names appear, and who is here.
  await hideNames.focus();
  await page.keyboard.press("Space");
  await page.waitForURL(/\?names=shown$/);
  await expect(hideNames).not.toBeChecked();
  await expect(page.getByTestId("board-column-challenges")).toContainText(alice.user.name);
  await page.getByText("Who is here").click();
  await expect(page.getByTestId("presence-names")).toContainText(bob.user.name);
  await expectNoSeriousA11yViolations(page);

  // Hidden again, then spotlight Alice's challenge from its column.
  await hideNames.click();
  await page.waitForURL(/\/board$/);
  await expect(page.getByTestId("board-column-challenges")).not.toContainText(alice.user.name);
  const post = page.getByTestId("board-column-challenges").getByTestId("board-post").filter({ hasText: challenge });
  await expect(bob.page.getByTestId("spotlight")).toHaveCount(0);
  await post.getByRole("button", { name: /^Spotlight/ }).click();
  const spotlight = page.getByTestId("spotlight");
  await expect(spotlight).toContainText(challenge);
  await expect(spotlight.getByTestId("spotlight-author")).toHaveCount(0);
  await expect(post).toContainText("In the spotlight");
  await expectNoSeriousA11yViolations(page);

  // The board as a 1280×720 projector shows it (docs/board.png, in the README, is a copy of this).
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: test.info().outputPath("board.png") });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // Bob's open page notices it at its next heartbeat (sent at once when the tab shows again), with
  // no reload: highlighted at the top, with Alice's name (a named class).
  await bob.page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  const seen = bob.page.getByTestId("spotlight");
  await expect(seen).toContainText(challenge);
  await visit(bob.page, sectionPath(assignmentId, 2));
  await expect(seen).toContainText(challenge);
  await expect(seen.getByTestId("spotlight-author")).toHaveText(alice.user.name);
  await expect(seen.getByRole("button", { name: "Clear the spotlight" })).toHaveCount(0);
  await expect(bob.page.getByTestId("presence-count")).toContainText("in this section");
  await expect(bob.page.getByText("Who is here")).toHaveCount(0);

  // The teacher clears it; it is gone for Bob.
  await page.getByTestId("spotlight").getByRole("button", { name: "Clear the spotlight" }).click();
  await expect(page.getByTestId("spotlight")).toHaveCount(0);
  await bob.page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(bob.page.getByTestId("spotlight")).toHaveCount(0);
});

test("a spotlight from a post's moderation menu leaves once the post is hidden; students cannot open the board", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent({ classroom: { anonymity: "ANONYMOUS" } });
  const body = `Sources from both sides disagree on the date ${uniqueId()}`;
  await postStance(student.page, assignmentId, { body, stance: "COMPLICATES" });

  const page = teacher.page;
  await openSection(page, assignmentId, 2);
  const post = postWithText(page, body);
  const menu = post.getByTestId("moderation-menu");
  // Opens the post's moderation menu unless a re-render left it open.
  const openMenu = async () => {
    if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
  };
  await openMenu();
  await post.getByRole("button", { name: /^Spotlight/ }).click();
  const spotlight = page.getByTestId("spotlight");
  await expect(spotlight).toContainText(body);
  // Moderators see names, whatever the mode.
  await expect(spotlight.getByTestId("spotlight-author")).toHaveText(student.user.name);
  await expectNoSeriousA11yViolations(page);

  // The debate view leads moderators to the board too; the board is for the class's teachers and TAs.
  await visit(page, `${sectionPath(assignmentId, 2)}/debate`);
  await expect(page.getByRole("link", { name: "Live board for the projector" })).toHaveAttribute("href", `${sectionPath(assignmentId, 2)}/board`);
  await visit(student.page, `${sectionPath(assignmentId, 2)}/debate`);
  await expect(student.page.getByRole("link", { name: "Live board for the projector" })).toHaveCount(0);
  const response = await student.page.goto(`${sectionPath(assignmentId, 2)}/board`);
  expect(response?.status()).toBe(404);

  await openSection(page, assignmentId, 2);
  await openMenu();
  await post.getByLabel("Reason for hiding (the author sees it)").fill("Off topic for today");
  await post.getByRole("button", { name: "Hide" }).click();
  await expect(page.getByTestId("spotlight")).toHaveCount(0);
  await openSection(student.page, assignmentId, 2);
  await expect(student.page.getByTestId("spotlight")).toHaveCount(0);
});

test("the presence heartbeat: a count for members, names only for moderators who ask, nothing for anyone else", async ({ classWithStudent, signInAs, request }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  const endpoint = `/api${sectionPath(assignmentId, 2)}/presence`;

  const own = await student.page.request.post(`${endpoint}?names=shown`);
  expect(own.status()).toBe(200);
  expect(await own.json()).toEqual({ count: 1, names: null, spotlightId: null });

  const forTeacher = await teacher.page.request.post(`${endpoint}?names=shown`);
  expect(await forTeacher.json()).toEqual({ count: 2, names: expect.arrayContaining([student.user.name, teacher.user.name]), spotlightId: null });

  expect((await request.post(endpoint)).status()).toBe(401);
  const outsider = await signInAs("student");
  expect((await outsider.page.request.post(endpoint)).status()).toBe(404);
  expect((await student.page.request.post(`/api${sectionPath(assignmentId, 0)}/presence`)).status()).toBe(400);
  expect((await student.page.request.post(`/api${sectionPath(assignmentId, 99)}/presence`)).status()).toBe(404);
});
