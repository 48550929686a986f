import type { Locator, Page } from "@playwright/test";
import { expect, openSection, postWithText, test, uniqueId } from "./fixtures";

/** Presses Tab until `target` has focus; fails after `limit` presses. Returns the number of presses. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${limit} presses of Tab never reached ${target}`);
}

test("a response can be written and posted with the keyboard alone", async ({ classWithStudents }) => {
  const { teacher, assignmentId } = await classWithStudents({ students: 0 });
  const { page, user } = teacher;
  await openSection(page, assignmentId, 5);

  // The first Tab reaches the skip link.
  await page.locator("body").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

  const field = page.locator("#response-body");
  await tabTo(page, field);
  await expect(field).toBeFocused();
  const text = `Typed without a mouse ${uniqueId()}`;
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);

  const button = page.getByRole("button", { name: "Post response" });
  expect(await tabTo(page, button, 5)).toBeGreaterThan(0);
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");

  const post = postWithText(page, text);
  await expect(post).toHaveCount(1);
  await expect(post).toContainText(user.name);
  await expect(page.getByRole("status").filter({ hasText: "Your response is posted." })).toBeVisible();
  // The form is ready for the next response.
  await expect(field).toHaveValue("");

  // Replying works from the keyboard too: Enter on "Reply" opens a focused field.
  await tabTo(page, post.getByRole("button", { name: /^Reply/ }));
  await page.keyboard.press("Enter");
  const reply = page.getByRole("textbox", { name: "Your reply" });
  await expect(reply).toBeFocused();
  const replyText = `And a keyboard reply ${uniqueId()}`;
  await page.keyboard.type(replyText);
  await tabTo(page, page.getByRole("button", { name: "Post reply" }), 5);
  await page.keyboard.press("Enter");
  await expect(postWithText(page, replyText)).toHaveCount(1);
});
