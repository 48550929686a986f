import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, postWithText, sectionPath, test, uniqueId, visit } from "./fixtures";
import { createResponse } from "./fixtures/world";
import { formatInZone } from "@/lib/time";

// Times are rendered on the server in the viewer's zone: the browser's, sent once as a cookie, or
// the one chosen on /account. Hydration must find the same text the server sent.

// React names hydration mismatches in development, and by error number (#418, #423, #425) in production.
const HYDRATION = /hydrat|#418|#423|#425/i;

function collectHydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (HYDRATION.test(message.text())) errors.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (HYDRATION.test(error.message)) errors.push(error.message);
  });
  return errors;
}

const POSTED_AT = new Date("2025-11-20T15:13:00Z"); // over a week ago: shown exactly

test("the same post shows its time in each browser's own zone, without hydration warnings", async ({ classWithStudent, signInAs }) => {
  const { teacher, student, assignmentId } = await classWithStudent();
  const body = `Posted at a known time ${uniqueId()}`;
  await createResponse(assignmentId, 1, student.user, body, { createdAt: POSTED_AT });

  for (const [timezoneId, shown] of [
    ["America/Chicago", "Nov 20, 2025, 9:13 AM CST"],
    ["Asia/Seoul", "Nov 21, 2025, 12:13 AM GMT+9"],
  ] as const) {
    const { page } = await signInAs(teacher.user, { timezoneId });
    const hydrationErrors = collectHydrationErrors(page);
    await visit(page, sectionPath(assignmentId, 1));
    // The first visit renders in UTC, sends the browser's zone and renders again in it.
    await expect(postWithText(page, body).locator("time")).toHaveText(shown);
    await expect(postWithText(page, body).locator("time")).toHaveAttribute("datetime", POSTED_AT.toISOString());
    // From now on the server knows the zone: the first HTML already shows it.
    await page.reload();
    await expect(postWithText(page, body).locator("time")).toHaveText(shown);
    expect(hydrationErrors, `hydration errors in ${timezoneId}`).toEqual([]);
  }
});

test("a recent post says how long ago, with the exact time on hover and for screen readers; due dates say what is left", async ({ classWithStudents, signInAs }) => {
  const dueAt = new Date(Date.now() + 3 * 24 * 60 * 60_000 + 60 * 60_000);
  const { teacher, students, assignmentId, classroom } = await classWithStudents({ students: 1, assignment: { dueAt } });
  const body = `Just posted ${uniqueId()}`;
  const post = await createResponse(assignmentId, 1, students[0]!.user, body, { createdAt: new Date(Date.now() - 5 * 60_000) });
  const { page } = await signInAs(teacher.user, { timezoneId: "America/Chicago" });
  const hydrationErrors = collectHydrationErrors(page);
  await page.goto(sectionPath(assignmentId, 1));
  const exact = formatInZone(post.createdAt.toISOString(), "America/Chicago");
  const time = postWithText(page, body).locator("time");
  await expect(time).toHaveAttribute("title", exact);
  await expect(time).toHaveText(new RegExp(`^[56] min ago \\(${exact}\\)$`)); // the exact time is sr-only text
  await expect(time.locator(".sr-only")).toHaveText(` (${exact})`);
  await expectNoSeriousA11yViolations(page);

  await visit(page, `/classes/${classroom.id}`);
  await expect(page.getByText(`Due ${formatInZone(dueAt.toISOString(), "America/Chicago")} · 3 days left`)).toBeVisible();
  expect(hydrationErrors).toEqual([]);
});

test("choosing a time zone on the account page changes every time shown", async ({ classWithStudent, signInAs }) => {
  const { teacher, student, assignmentId } = await classWithStudent();
  const body = `Zone change ${uniqueId()}`;
  await createResponse(assignmentId, 1, student.user, body, { createdAt: POSTED_AT });
  const { page } = await signInAs(teacher.user, { timezoneId: "America/Chicago" });
  const hydrationErrors = collectHydrationErrors(page);
  await page.goto(sectionPath(assignmentId, 1));
  await expect(postWithText(page, body).locator("time")).toHaveText("Nov 20, 2025, 9:13 AM CST");

  await visit(page, "/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  const zone = page.getByRole("combobox", { name: "Time zone" });
  await expect(zone).toHaveValue("America/Chicago");
  // By keyboard: choose Seoul, save.
  await zone.focus();
  await zone.selectOption("Asia/Seoul");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save time zone" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Time zone" }).getByRole("status")).toHaveText("Times now show in Asia/Seoul.");
  await expectNoSeriousA11yViolations(page);

  await page.goto(sectionPath(assignmentId, 1));
  await expect(postWithText(page, body).locator("time")).toHaveText("Nov 21, 2025, 12:13 AM GMT+9");

  // "Use my browser's time zone" picks Chicago again; the profile wins over the browser until then.
  await page.goto("/account");
  await expect(zone).toHaveValue("Asia/Seoul");
  await page.getByRole("button", { name: "Use my browser's time zone" }).click();
  await expect(zone).toHaveValue("America/Chicago");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("region", { name: "Time zone" }).getByRole("status")).toHaveText("Times now show in America/Chicago.");
  await page.goto(sectionPath(assignmentId, 1));
  await expect(postWithText(page, body).locator("time")).toHaveText("Nov 20, 2025, 9:13 AM CST");
  expect(hydrationErrors).toEqual([]);
});

test("the account page asks a signed-out visitor to sign in", async ({ newVisitor }) => {
  const page = await newVisitor();
  const response = await page.goto("/account");
  expect(response?.request().redirectedFrom()?.url()).toContain("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
});
