import { expect, expectNoSeriousA11yViolations, openSection, postResponse, test, uniqueId } from "./fixtures";

test("Markdown in posts is sanitized in the browser", async ({ classWithStudents }) => {
  const { teacher, assignmentId } = await classWithStudents({ students: 0 });
  const { page } = teacher;
  await openSection(page, assignmentId, 1);

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const marker = `Sanitizer check ${uniqueId()}`;
  const body = [
    `**${marker}**`,
    "",
    "<script>window.__xss = 'script'; alert('script')</script>",
    "",
    `<img src="/nope.png" onerror="window.__xss = 'img'; alert('img')">`,
    "",
    `<a href="https://example.org/raw" onclick="window.__xss = 'onclick'">raw anchor</a>`,
    "",
    "[run me](javascript:window.__xss='href';alert('href')) and [a source](https://example.org/source)",
    "",
    "![picture](javascript:alert('img-src'))",
  ].join("\n");
  const post = await postResponse(page, body, marker);

  // The Markdown itself rendered.
  await expect(post.locator("strong", { hasText: marker })).toBeVisible();
  const source = post.getByRole("link", { name: "a source" });
  await expect(source).toHaveAttribute("href", "https://example.org/source");
  await expect(source).toHaveAttribute("rel", "nofollow ugc noopener");

  // No script, no event handler, no javascript: URL anywhere in the post.
  const body$ = post.locator(".prose-post");
  await expect(body$.locator("script, iframe, object, embed, img")).toHaveCount(0);
  const dangerous = await body$.evaluate((root) => {
    const found: string[] = [];
    for (const element of [root, ...root.querySelectorAll("*")]) {
      for (const attribute of element.getAttributeNames()) {
        const value = element.getAttribute(attribute) ?? "";
        if (attribute.startsWith("on")) found.push(`${element.tagName} ${attribute}`);
        if (/^\s*javascript:/i.test(value)) found.push(`${element.tagName} ${attribute}=${value}`);
      }
    }
    return found;
  });
  expect(dangerous).toEqual([]);
  // Every link in a post is marked as user content.
  for (const link of await body$.locator("a").all()) {
    await expect(link).toHaveAttribute("rel", "nofollow ugc noopener");
  }

  // The javascript: link is inert: clicking it runs nothing.
  const runMe = body$.getByText("run me");
  await expect(runMe).toBeVisible();
  await runMe.click();

  // And a fresh load (server-rendered HTML, then hydration) runs nothing either.
  await openSection(page, assignmentId, 1);
  await expect(page.getByTestId("post").filter({ hasText: marker })).toHaveCount(1);
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(page.context().pages()).toHaveLength(1); // nothing opened a window
  await expectNoSeriousA11yViolations(page);
});
