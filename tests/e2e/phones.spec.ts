import type { Page } from "@playwright/test";
import { expect, test, visit } from "./fixtures";
import { appPages, pageIds, type Viewer } from "./fixtures/pages";

// Every page works on a 390 px phone screen: nothing is wider than the screen, so nothing scrolls
// sideways. Each page is visited by each viewer who may open it (tests/e2e/fixtures/pages.ts).

async function expectNoSidewaysScroll(page: Page, path: string) {
  await visit(page, path);
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll("body *")]
      // A wide table may scroll inside its own box (components/ui/scroll-region); the page may not.
      .filter((element) => !element.closest('[role="region"][tabindex]') && element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 80));
    return { by: root.scrollWidth - root.clientWidth, wide };
  });
  expect(overflow, `${path} scrolls sideways`).toEqual({ by: 0, wide: [] });
}

for (const viewer of ["signed out", "student", "teacher"] satisfies Viewer[]) {
  test(`every page fits a phone, ${viewer}`, async ({ classWithStudent, newVisitor }) => {
    test.setTimeout(180_000);
    const world = await classWithStudent();
    const ids = await pageIds(world);
    const page = viewer === "signed out" ? await newVisitor() : world[viewer].page;
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, statuses] of appPages(ids)) if (statuses[viewer] === 200) await expectNoSidewaysScroll(page, path);
  });
}
