import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test, visit, waitForPath } from "./fixtures";
import { createPollAnswer, createPost, createResponse, koreanWarReading, koreanWarSectionId } from "./fixtures/world";
import { db } from "@/lib/db";

// The teacher's dashboard and the discussion's exports, in Chromium under the strict CSP.

/** Every message Chromium logs about a Content-Security-Policy refusal (an inline style, a script). */
function cspRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

async function discussion(assignmentId: string, students: { id: string }[]) {
  const [first, second] = students;
  const response = await createResponse(assignmentId, 1, first!, "The armistice **froze** the line, not the war.");
  await createPost({ assignmentId, sectionId: await koreanWarSectionId(1), authorId: second!.id, parentId: response.id, body: "But the fighting stopped." });
  await createResponse(assignmentId, 2, second!, "Who decided to cross the parallel?");
  await db.post.updateMany({ where: { body: "Who decided to cross the parallel?" }, data: { kind: "QUESTION" } });
}

test("a teacher reads the dashboard: sorts by keyboard, sees the charts and their tables, projects it and downloads the CSV", async ({ classWithStudents }) => {
  const { teacher, assignmentId, students } = await classWithStudents({
    students: 2,
    assignment: { thesis: "The war was defensive.", anonymity: "ANONYMOUS", dueAt: new Date(Date.now() + 24 * 3_600_000) },
  });
  await discussion(assignmentId, students.map((s) => s.user));
  await createPollAnswer(assignmentId, students[0]!.user, "BEFORE", 2);
  const refusals = cspRefusals(teacher.page);

  await visit(teacher.page, `/assignments/${assignmentId}`, { a11y: false });
  await teacher.page.getByRole("link", { name: "Dashboard", exact: true }).click();
  await waitForPath(teacher.page, /\/dashboard$/);
  const page = teacher.page;
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const table = page.getByTestId("dashboard-students");
  await expect(table.getByRole("row")).toHaveCount(3);
  for (const student of students) await expect(table).toContainText(student.user.name);

  // Both charts draw (recharts' SVG) with no CSP refusal, each with its table and summary.
  for (const chart of ["timeline-chart", "sections-chart"]) {
    await expect(page.getByTestId(chart).locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByTestId(`${chart}-summary`)).toContainText("3 posts");
  }
  await page.getByText("Posts per section: table").click();
  await expect(page.getByTestId("sections-chart-table").getByRole("row")).toHaveCount(1 + (await koreanWarReading()).sections.length);
  await expect(page.getByTestId("network-diagram")).toBeVisible();
  await expect(page.getByTestId("needs-attention")).toContainText("1 question or challenge nobody has answered yet");
  await expectNoSeriousA11yViolations(page);

  // Sorting by keyboard: the Words header is a link; Enter sorts on the server, most words first.
  const words = page.getByRole("columnheader", { name: "Words" });
  await words.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=words&dir=desc/);
  await expect(page.getByRole("columnheader", { name: "Words" })).toHaveAttribute("aria-sort", "descending");
  // The second student wrote 10 words (a reply and a question), the first 8.
  await expect(table.getByRole("row").nth(1)).toContainText(students[1]!.user.name);
  await page.getByRole("columnheader", { name: "Words" }).getByRole("link").press("Enter");
  await expect(page).toHaveURL(/sort=words&dir=asc/);
  await expect(page.getByRole("columnheader", { name: "Words" })).toHaveAttribute("aria-sort", "ascending");

  // The CSV holds the table with emails.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = await fs.readFile((await (await downloading).path())!, "utf8");
  expect(csv).toContain("Student,Email,Responses");
  expect(csv).toContain(students[1]!.user.email);

  // Projected to the class, the anonymous discussion shows no names or emails, and the charts still draw.
  await page.getByRole("link", { name: "Project to the class" }).click();
  await expect(page.getByTestId("projecting-note")).toBeVisible();
  for (const student of students) {
    await expect(page.locator("main")).not.toContainText(student.user.name);
    await expect(page.locator("main")).not.toContainText(student.user.email);
  }
  await expect(page.getByTestId("network-diagram")).toContainText("Anonymous 1");
  await expect(page.getByTestId("timeline-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  expect(refusals).toEqual([]);

  // Students get "not found", for the page and the CSV.
  const student = students[0]!.page;
  expect((await student.goto(`/assignments/${assignmentId}/dashboard`))!.status()).toBe(404);
  expect((await student.request.get(`/api/assignments/${assignmentId}/dashboard.csv`)).status()).toBe(404);
});

test("the discussion prints without the site's chrome and downloads as Markdown and JSON; a student's copy follows the anonymity mode", async ({ classWithStudents }) => {
  const { teacher, assignmentId, students, classroom } = await classWithStudents({ students: 2, assignment: { anonymity: "ANONYMOUS" } });
  await discussion(assignmentId, students.map((s) => s.user));

  const page = students[0]!.page;
  await visit(page, `/assignments/${assignmentId}`, { a11y: false });
  await page.getByRole("link", { name: "Export the discussion" }).click();
  await waitForPath(page, /\/export$/);
  await expect(page.getByTestId("export-section")).toHaveCount((await koreanWarReading()).sections.length);
  await expect(page.getByTestId("export-response").first()).toContainText("froze");
  await expect(page.getByTestId("export-copy")).toContainText("Authors are shown as the class sees them.");
  await expect(page.locator("main")).not.toContainText(students[1]!.user.name);
  await expect(page.getByTestId("export-reply").getByTestId("export-author")).toHaveText("Anonymous student");
  await expectNoSeriousA11yViolations(page);
  // Printed: no site header, no download links.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("link", { name: "Download Markdown" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  const markdown = await page.request.get(`/api/assignments/${assignmentId}/discussion.md`);
  expect(markdown.headers()["content-type"]).toContain("text/markdown");
  const text = await markdown.text();
  expect(text).toContain("The armistice **froze** the line");
  expect(text).not.toContain(students[1]!.user.name);

  const json = await (await teacher.page.request.get(`/api/assignments/${assignmentId}/discussion.json`)).json();
  expect(json.copy).toBe("teacher");
  expect(JSON.stringify(json)).toContain(students[1]!.user.name);

  // "Download my posts" on the class page: only the student's own.
  await visit(page, `/classes/${classroom.id}`, { a11y: false });
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my posts" }).click();
  const mine = JSON.parse(await fs.readFile((await (await downloading).path())!, "utf8"));
  expect(mine.posts.map((post: { body: string }) => post.body)).toEqual(["The armistice **froze** the line, not the war."]);
});
