import type { Page } from "@playwright/test";
import { expect, sectionPath, test, visit } from "./fixtures";

// Every page works on a 390 px phone screen: nothing is wider than the screen, so nothing scrolls
// sideways. Each page is visited as the viewer who sees the most of it.

test.use({ viewport: { width: 390, height: 844 } });

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

test("signed-out pages fit a phone", async ({ newVisitor, classWithStudent }) => {
  const { classroom } = await classWithStudent({ assignment: false });
  const page = await newVisitor();
  for (const path of ["/", "/signin", "/signup", `/join/${classroom.joinCode}`]) await expectNoSidewaysScroll(page, path);
});

test("every teacher's page fits a phone", async ({ classWithStudent }) => {
  test.setTimeout(120_000);
  const { teacher, classroom, assignmentId, student } = await classWithStudent();
  const posted = await student.page.request.post(`/api${sectionPath(assignmentId, 2)}/responses`, { data: { body: "A response to look at on a phone." } });
  expect(posted.status()).toBe(201);
  const { id: postId } = (await posted.json()) as { id: string };
  const saved = await teacher.page.request.post("/api/readings", { data: { title: "A short reading", text: "One paragraph.\n\nAnother.", sections: [{ start: 0 }] } });
  expect(saved.status()).toBe(201);
  const { id: readingId } = (await saved.json()) as { id: string };
  const c = `/classes/${classroom.id}`;
  const a = `/assignments/${assignmentId}`;
  const paths = [
    "/",
    "/join",
    "/classes/new",
    "/library",
    "/library/new",
    `/library/${readingId}`,
    `/library/${readingId}/edit`,
    c,
    `${c}/join-code`,
    `${c}/overview`,
    `${c}/roster`,
    `${c}/moderation`,
    `${c}/moderation/audit`,
    `${c}/moderation/settings`,
    `${c}/moderation/history/${postId}`,
    a,
    `${a}/poll`,
    sectionPath(assignmentId, 2),
    `${sectionPath(assignmentId, 2)}/debate`,
  ];
  for (const path of paths) await expectNoSidewaysScroll(teacher.page, path);
});

test("every student's page fits a phone", async ({ classWithStudent }) => {
  const { student, classroom, assignmentId } = await classWithStudent();
  const a = `/assignments/${assignmentId}`;
  for (const path of ["/", `/classes/${classroom.id}`, a, `${a}/poll`, sectionPath(assignmentId, 1), `${sectionPath(assignmentId, 1)}/debate`]) {
    await expectNoSidewaysScroll(student.page, path);
  }
});
