import type { Page } from "@playwright/test";
import {
  DEMO,
  expect,
  expectNoSeriousA11yViolations,
  openSection,
  postWithText,
  sectionPath,
  test,
  uniqueId,
  visit,
  waitForPath,
} from "./fixtures";
import { demoUser } from "./fixtures/world";

const PASSAGE = "the war was a response to years of provocation and repression by the South";

// Selects words of the section text the way a mouse drag does: a DOM selection over them.
async function selectInText(page: Page, phrase: string): Promise<void> {
  await page.getByTestId("section-text").evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in one piece of the section text`);
  }, phrase);
}

test("a student quotes a passage with a stance, the passage heats up, and the debate view counts it", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  const { page } = student;

  await openSection(page, assignmentId, 4);
  await selectInText(page, PASSAGE);
  const bar = page.getByTestId("passage-bar");
  await expect(bar.getByRole("blockquote").or(bar.locator("blockquote"))).toHaveText(PASSAGE);
  await bar.getByRole("button", { name: "Respond to this passage" }).click();
  await expect(page.locator("#response-body")).toBeFocused();
  await expect(page.getByTestId("quote-field")).toContainText(PASSAGE);

  const text = `Stalin approved the plan months earlier ${uniqueId()}`;
  await page.locator("#response-body").fill(text);
  await page.getByRole("radio", { name: /^Challenges/ }).check();
  await page.getByRole("button", { name: "Post response" }).click();
  const post = postWithText(page, text);
  await expect(post).toHaveCount(1);
  await expect(post.getByTestId("post-quote")).toContainText(PASSAGE);
  await expect(post).toContainText("Challenges");
  // Posting clears the chosen passage.
  await expect(page.getByTestId("quote-field")).toHaveCount(0);

  // The quoted words are shaded; clicking them lists the posts that quote them.
  const heated = page.locator("mark[data-heat='1']").filter({ hasText: "provocation" });
  await expect(heated).toHaveCount(1);
  await heated.hover();
  await expect(heated).toHaveAttribute("title", "Quoted in 1 post");
  await heated.click();
  await expect(page).toHaveURL(/\?passage=\d+-\d+/);
  const quoting = page.getByRole("region", { name: "Posts quoting this passage" });
  await expect(quoting.getByTestId("quoting-post")).toContainText(text);
  await expectNoSeriousA11yViolations(page);

  // By keyboard: choose a sentence, and reply with it as a counter.
  await page.getByRole("combobox", { name: /choose a sentence/ }).selectOption({ index: 1 });
  await expect(bar.locator("blockquote")).toContainText("Another misunderstanding");
  await post.getByRole("button", { name: /^Reply/ }).click();
  await expect(post.getByTestId("quote-field")).toContainText("Another misunderstanding");
  const replyText = `Both sides clashed along the parallel in 1949 ${uniqueId()}`;
  await page.getByRole("textbox", { name: "Your reply" }).fill(replyText);
  await page.getByRole("radio", { name: "Counter" }).check();
  await page.getByRole("button", { name: "Post reply" }).click();
  const reply = postWithText(page, replyText);
  await expect(reply).toHaveCount(1);
  await expect(reply).toContainText("Counter");
  await expect(reply.getByTestId("post-quote")).toContainText("Another misunderstanding");

  // The teacher's debate view counts the challenge.
  await teacher.page.goto(`${sectionPath(assignmentId, 4)}/debate`);
  await expect(teacher.page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(teacher.page.getByTestId(/^stance-column-challenges$/i).getByTestId("stance-count")).toContainText("1");
  await expectNoSeriousA11yViolations(teacher.page);
});

test("a bad quote is refused with a clear message and nothing is posted", async ({ classWithStudent }) => {
  const { assignmentId, student } = await classWithStudent();
  await openSection(student.page, assignmentId, 4);
  await selectInText(student.page, PASSAGE);
  // Tamper with the quoted text on its way to the server.
  await student.page.locator("input[name=quoteText]").evaluate((input: HTMLInputElement) => (input.value = "words the essay never says"));
  await student.page.locator("#response-body").fill("Quoting something else");
  await student.page.getByRole("button", { name: "Post response" }).click();
  await expect(student.page.getByText(/does not match the section's text/).first()).toBeVisible();
  await expect(postWithText(student.page, "Quoting something else")).toHaveCount(0);
});

test("an author changes their stance by editing the response", async ({ classWithStudent }) => {
  const { assignmentId, student } = await classWithStudent();
  const { page } = student;
  await openSection(page, assignmentId, 3);
  const text = `Beijing had reasons of its own ${uniqueId()}`;
  await page.locator("#response-body").fill(text);
  await page.getByRole("radio", { name: /^Supports/ }).check();
  await page.getByRole("button", { name: "Post response" }).click();
  const post = postWithText(page, text);
  await expect(post.getByTestId("stance-badge")).toHaveText("Supports");

  await post.getByRole("button", { name: "Edit" }).click();
  await post.getByRole("radio", { name: /^Complicates/ }).check();
  await post.getByRole("combobox", { name: /What are you offering/ }).selectOption("EVIDENCE");
  // Evidence without a source is refused, and the form keeps what was chosen.
  await post.getByRole("button", { name: "Save changes" }).click();
  await expect(post.getByText("Evidence needs at least one source").first()).toBeVisible();
  await post.getByLabel("Source 1 title").fill("Chen Jian, China's Road to the Korean War");
  await post.getByLabel("Source 1 web address").fill("https://cup.columbia.edu/book/chinas-road-to-the-korean-war/9780231100250");
  await post.getByRole("button", { name: "Save changes" }).click();
  await expect(post.getByTestId("stance-badge")).toHaveText("Complicates");
  await expect(post.getByTestId("kind-badge")).toHaveText("Evidence");
  await expect(post.getByRole("link", { name: "Chen Jian, China's Road to the Korean War" })).toBeVisible();
  await expect(post).toContainText("(edited)");
  await expectNoSeriousA11yViolations(page);
});

// Read-only on the demo class: the teacher's section page (text, claim form, side notes) on a phone.
test("the section page fits a phone screen with a sentence chosen", async ({ signInAs }) => {
  const { page } = await signInAs(await demoUser(DEMO.teacher));
  await page.setViewportSize({ width: 390, height: 900 });
  await visit(page, "/");
  await page.getByRole("link", { name: DEMO.className }).first().click();
  await page.getByRole("link", { name: /The Korean War/ }).first().click();
  await waitForPath(page, /^\/assignments\/[^/]+$/);
  await page.getByRole("link", { name: "Section 6", exact: true }).click();
  await page.getByRole("combobox", { name: /choose a sentence/ }).selectOption({ index: 2 });
  await expect(page.getByRole("form", { name: "Mark a contested claim" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
