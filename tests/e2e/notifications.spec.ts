import { expect, expectNoSeriousA11yViolations, openSection, postWithText, replyTo, sectionPath, test, visit, waitForPath } from "./fixtures";
import { createResponse } from "./fixtures/world";

// In-app notifications: the header's bell counts what is unread (rendered with each page), and
// /notifications lists it, links to it and marks it read.

test("a classmate's reply shows on the author's bell; the notifications page links to it and marks all read", async ({ classWithStudents }) => {
  const {
    assignmentId,
    students: [author, classmate],
  } = await classWithStudents({ students: 2 });
  await createResponse(assignmentId, 2, author.user, "The author's claim about the armistice.");
  const { page } = author;
  await visit(page, "/");
  const bell = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications");

  await openSection(classmate.page, assignmentId, 2);
  await replyTo(classmate.page, postWithText(classmate.page, "The author's claim"), "A classmate's answer.");

  await visit(page, "/");
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await bell.click();
  await waitForPath(page, /^\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const item = page.getByTestId("notification");
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-unread", "true");
  const link = item.getByRole("link", { name: `${classmate.user.name} replied to your response.` });

  await link.click();
  await waitForPath(page, new RegExp(`^${sectionPath(assignmentId, 2)}$`));
  await expect(postWithText(page, "A classmate's answer.")).toBeInViewport();

  await visit(page, "/notifications");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(item).toHaveAttribute("data-unread", "false");
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await expect(bell).toHaveAccessibleName("Notifications");
  await expectNoSeriousA11yViolations(page);
});

test("a notification made after the page was rendered but before its streams opened still reaches the bell", async ({ classWithStudent }) => {
  const { teacher, student, assignmentId } = await classWithStudent({ classroom: { approvalRequired: true } });
  const { page } = teacher;
  // Every stream of the page is held back until the notification exists: its notice went out before anyone listened.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/(classes\/[^/]+\/live|live\/moderation)$/, async (route) => {
    await held;
    await route.continue();
  });
  await visit(page, sectionPath(assignmentId, 2), { a11y: false });
  const bell = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications");
  expect((await student.page.request.post(`/api${sectionPath(assignmentId, 2)}/responses`, { data: { body: "Posted while the streams were opening." } })).status()).toBe(201);
  release();
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
});

test("a moderator hears of a post waiting for approval and marks it read by keyboard; nothing new says so", async ({ classWithStudent }) => {
  const { teacher, student, assignmentId } = await classWithStudent({ classroom: { approvalRequired: true } });
  await visit(student.page, "/notifications");
  await expect(student.page.getByTestId("empty-state")).toContainText("No notifications yet.");

  const posted = await student.page.request.post(`/api${sectionPath(assignmentId, 2)}/responses`, { data: { body: "Waiting for the teacher." } });
  expect(posted.status()).toBe(201);

  const { page } = teacher;
  await visit(page, "/notifications");
  const bell = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  const item = page.getByTestId("notification");
  await expect(item.getByRole("link", { name: `A response by ${student.user.name} is waiting for approval.` })).toHaveAttribute("href", /\/moderation$/);
  await item.getByRole("button", { name: /^Mark as read/ }).focus();
  await page.keyboard.press("Enter");
  await expect(item).toHaveAttribute("data-unread", "false");
  await expect(bell).toHaveAccessibleName("Notifications");
});

test("the bell counts a classmate's reply without a reload: live on a page with a stream, on returning to the tab elsewhere", async ({ classWithStudents, newVisitor }) => {
  const {
    assignmentId,
    classroom,
    students: [author, classmate],
  } = await classWithStudents({ students: 2 });
  await createResponse(assignmentId, 2, author.user, "The author's claim about the armistice.");
  const { page } = author;
  // The section page already holds the class's stream: the bell opens none of its own.
  const streams: string[] = [];
  page.on("request", (request) => (request.url().includes("/live") ? streams.push(request.url()) : undefined));
  const open = page.waitForResponse((response) => response.url().endsWith(`/api/classes/${classroom.id}/live`) && response.status() === 200);
  await openSection(page, assignmentId, 2);
  await open;
  const bell = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications");
  await page.evaluate(() => Object.assign(window, { bellMark: true }));

  // The notification's own event makes the bell ask for its count.
  const asked = page.waitForRequest((request) => request.url().endsWith("/api/notifications/unread"));
  await openSection(classmate.page, assignmentId, 2);
  await replyTo(classmate.page, postWithText(classmate.page, "The author's claim"), "A classmate's answer.");
  await asked;
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await expect(page.getByTestId("bell-announcer")).toHaveText("Notifications, 1 unread");
  expect(await page.evaluate(() => "bellMark" in window)).toBe(true);
  expect(new Set(streams).size).toBe(1);
  await expectNoSeriousA11yViolations(page);

  // The home page has no stream: the bell reads its count when the tab becomes visible again.
  await visit(page, "/");
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await replyTo(classmate.page, postWithText(classmate.page, "The author's claim"), "And a second answer.");
  await page.evaluate(() => Object.assign(window, { bellMark: true }));
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread");
  expect(await page.evaluate(() => "bellMark" in window)).toBe(true);

  // The count's route: the viewer's own number; signed out, 401.
  const own = await page.request.get("/api/notifications/unread");
  expect([own.status(), await own.json()]).toEqual([200, { unread: 2 }]);
  expect(await (await classmate.page.request.get("/api/notifications/unread")).json()).toEqual({ unread: 0 });
  expect((await (await newVisitor()).request.get("/api/notifications/unread")).status()).toBe(401);
});
