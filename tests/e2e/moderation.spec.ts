import type { Page } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, postWithText, sectionPath, test, uniqueId, visit, waitForPath, type Actor, type ClassInfo } from "./fixtures";
import { createHiddenByReports, createResponse, createWorldMember } from "./fixtures/world";

// Moderation flows through the browser: approval queue, reports that auto-hide, mutes, and the
// audit log. Every moderation page gets an axe check. The classes come from the factories
// (classWithStudents), everyone signed in by cookie.

async function openSection3(page: Page, assignmentId: string) {
  await visit(page, sectionPath(assignmentId, 3));
  await expect(page.getByRole("heading", { level: 1, name: /^Section 3/ })).toBeVisible();
}

async function respond(page: Page, body: string, confirmation: string) {
  await page.locator("#response-body").fill(body);
  await page.getByRole("button", { name: "Post response" }).click();
  await expect(page.getByRole("status").filter({ hasText: confirmation })).toBeVisible();
  await expect(postWithText(page, body)).toHaveCount(1);
}

async function changeClassSettings(page: Page, classroom: ClassInfo, change: (page: Page) => Promise<void>) {
  await visit(page, `/classes/${classroom.id}/moderation/settings`);
  await expect(page.getByRole("heading", { level: 1, name: "Moderation settings" })).toBeVisible();
  await change(page);
  await page.getByRole("button", { name: "Save class settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Class settings saved." })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

test("with approval turned on, a student's post waits for the teacher's approval, out of classmates' sight", async ({ classWithStudents }) => {
  const { teacher, classroom, assignmentId, students } = await classWithStudents({ students: 2 });
  const [author, classmate] = students;
  await changeClassSettings(teacher.page, classroom, (page) => page.getByLabel("Approve students’ posts before classmates see them").check());

  await openSection3(author.page, assignmentId);
  await expect(author.page.getByTestId("posting-rules")).toContainText("Your teacher approves posts before classmates see them.");
  const body = `Waiting for approval ${uniqueId()}`;
  await respond(author.page, body, "Your response is waiting for your teacher's approval.");
  await expect(postWithText(author.page, body).getByTestId("post-status")).toContainText("Awaiting approval");
  await expectNoSeriousA11yViolations(author.page);

  await openSection3(classmate.page, assignmentId);
  await expect(classmate.page.getByText(body)).toHaveCount(0);
  expect(await (await classmate.page.request.get(sectionPath(assignmentId, 3))).text()).not.toContain(body);
});

test("the teacher approves a waiting post from the queue, and classmates see it", async ({ classWithStudents }) => {
  const { teacher, classroom, assignmentId, students } = await classWithStudents({ students: 2, classroom: { approvalRequired: true } });
  const [author, classmate] = students;
  // Waiting as the test above leaves it.
  const body = `Waiting for approval ${uniqueId()}`;
  await createResponse(assignmentId, 3, author.user, body, { status: "PENDING" });

  await visit(teacher.page, `/classes/${classroom.id}/moderation`);
  const pending = teacher.page.getByTestId("queue-pending").filter({ hasText: body });
  await expect(pending).toContainText(author.user.name);
  await pending.getByRole("checkbox").check();
  await teacher.page.getByRole("button", { name: "Approve selected" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "Approved 1 post." })).toBeVisible();
  await expect(teacher.page.getByText("Nothing is waiting for approval.")).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);

  await openSection3(classmate.page, assignmentId);
  await expect(postWithText(classmate.page, body)).toContainText(author.user.name);
});

test("three students' reports hide a post pending review, and it shows in the queue with its count", async ({ classWithStudents }) => {
  const { teacher, classroom, assignmentId, students } = await classWithStudents({ students: 4 });
  const [author, ...reporters] = students;
  const body = `A deliberately provocative claim ${uniqueId()}`;
  await createResponse(assignmentId, 3, author.user, body);

  const report = async (reporter: Actor, reason: string) => {
    await openSection3(reporter.page, assignmentId);
    const post = postWithText(reporter.page, body);
    await post.locator("summary", { hasText: "Report" }).click();
    await post.getByLabel("What is wrong with this post?").fill(reason);
    await post.getByRole("button", { name: "Send report" }).click();
    return post;
  };
  // Two classmates report it at the same time; two reports leave it up.
  await Promise.all(
    reporters.slice(0, 2).map(async (reporter, i) => {
      const post = await report(reporter, `Reason ${i + 1}`);
      await expect(post.getByText("You reported this post.")).toBeVisible();
    }),
  );
  // The third report hides it, so the reporter no longer sees it.
  await report(reporters[2], "Reason 3");
  await expect(reporters[2].page.getByText(body)).toHaveCount(0);

  await openSection3(reporters[0].page, assignmentId);
  await expect(reporters[0].page.getByText(body)).toHaveCount(0);
  await openSection3(author.page, assignmentId);
  await expect(postWithText(author.page, body).getByTestId("post-status")).toContainText("Hidden by your teacher: Hidden after 3 reports");

  await visit(teacher.page, `/classes/${classroom.id}/moderation`);
  const reported = teacher.page.getByTestId("queue-reported").filter({ hasText: body });
  await expect(reported.getByTestId("report-count")).toHaveText("3 reports");
  await expect(reported).toContainText("Hidden");
  await visit(teacher.page, `/classes/${classroom.id}/moderation/audit?action=AUTO_HIDE`);
  await expect(teacher.page.getByTestId("audit-entry")).toHaveCount(1);
  await expect(teacher.page.getByTestId("audit-entry")).toContainText("Automatic");
});

test("without JavaScript, a student reports a post on its own page, and the teacher finds the report in the queue", async ({ classWithStudents, signInAs }) => {
  const { teacher, classroom, assignmentId, students } = await classWithStudents({ students: 2, classroom: { anonymity: "ANONYMOUS" } });
  const [author, reporter] = students;
  const body = `Reported without script ${uniqueId()}`;
  await createResponse(assignmentId, 3, author.user, body);
  // axe runs as a script in the page, which this browser does not run: the next test checks the page.
  const { page } = await signInAs(reporter.user, { javaScriptEnabled: false });

  await visit(page, sectionPath(assignmentId, 3), { a11y: false });
  const post = postWithText(page, body);
  await post.locator("summary", { hasText: "Report" }).click();
  await post.getByRole("link", { name: "Report this post on its own page" }).click();
  await waitForPath(page, /^\/posts\/[^/]+\/report$/);
  await expect(page.getByRole("heading", { level: 1, name: "Report a post" })).toBeVisible();
  // The post as the section shows it: its anonymous author's name is nowhere on the page.
  await expect(page.getByTestId("post")).toContainText(body);
  await expect(page.getByTestId("post")).toContainText("Anonymous student");
  expect(await (await page.request.get(page.url())).text()).not.toContain(author.user.name);

  // No reason, no report: said in words, and the form stays.
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("Give a reason.").first()).toBeVisible();
  await page.getByLabel("What is wrong with this post?").fill("It mocks a classmate's family.");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You reported this post." })).toBeVisible();
  await page.getByRole("link", { name: "Back to the post" }).click();
  await waitForPath(page, /^\/assignments\/[^/]+\/sections\/3$/);
  await expect(postWithText(page, body).getByText("You reported this post.")).toBeVisible();

  await visit(teacher.page, `/classes/${classroom.id}/moderation`);
  const queued = teacher.page.getByTestId("queue-reported").filter({ hasText: body });
  await expect(queued.getByTestId("report-count")).toHaveText("1 report");
  await expect(queued).toContainText("It mocks a classmate's family.");
});

test("with JavaScript the report form is made in place, and the report page works too; outside the class it is not found", async ({ classWithStudents, signInAs }) => {
  const { assignmentId, students } = await classWithStudents({ students: 2 });
  const [author, reporter] = students;
  const body = `Reported on its own page ${uniqueId()}`;
  const { id: postId } = await createResponse(assignmentId, 3, author.user, body);

  await openSection3(reporter.page, assignmentId);
  const post = postWithText(reporter.page, body);
  await post.locator("summary", { hasText: "Report" }).click();
  await expect(post.getByLabel("What is wrong with this post?")).toBeVisible();
  await expect(post.getByRole("link", { name: "Report this post on its own page" })).toHaveCount(0);

  await visit(reporter.page, `/posts/${postId}/report`);
  await expect(reporter.page).toHaveTitle(/Report a post/);
  await reporter.page.getByRole("button", { name: "Send report" }).click();
  await expect(reporter.page.getByText("Give a reason.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(reporter.page);
  await reporter.page.getByLabel("What is wrong with this post?").fill("Off topic.");
  await reporter.page.getByRole("button", { name: "Send report" }).click();
  await expect(reporter.page.getByRole("status").filter({ hasText: "You reported this post." })).toBeVisible();
  await expectNoSeriousA11yViolations(reporter.page);
  await expect(reporter.page.getByRole("link", { name: "Back to the post" })).toHaveAttribute("href", `/posts/${postId}`);

  await visit(author.page, `/posts/${postId}/report`);
  await expect(author.page.getByText("You cannot report your own post.")).toBeVisible();
  await expect(author.page.getByRole("button", { name: "Send report" })).toHaveCount(0);

  const outsider = await signInAs("outsider");
  expect((await outsider.page.request.get(`/posts/${postId}/report`, { maxRedirects: 0 })).status()).toBe(404);
});

test("the teacher reviews a post that reports hid and restores it for the class", async ({ classWithStudents }) => {
  const { teacher, classroom, assignmentId, students } = await classWithStudents({ students: 2 });
  const [author, reporter] = students;
  // Hidden the way the third report above hides it; two of the reporters need no browser.
  const others = await Promise.all([createWorldMember(classroom, "STUDENT"), createWorldMember(classroom, "STUDENT")]);
  const body = `A deliberately provocative claim ${uniqueId()}`;
  await createHiddenByReports({ classroomId: classroom.id, assignmentId, position: 3, author: author.user, reporters: [reporter.user, ...others], body });

  await visit(teacher.page, `/classes/${classroom.id}/moderation`);
  const reported = teacher.page.getByTestId("queue-reported").filter({ hasText: body });
  await expect(reported.getByTestId("report-count")).toHaveText("3 reports");
  await reported.getByRole("button", { name: "Restore for the class" }).click();
  await expect(teacher.page.getByText("No open reports.")).toBeVisible();
  await openSection3(reporter.page, assignmentId);
  await expect(postWithText(reporter.page, body)).toHaveCount(1);
});

test("a muted student is told until when, and the mute is in the audit log and its CSV", async ({ classWithStudent }) => {
  const { teacher, classroom, assignmentId, student } = await classWithStudent();
  const body = `Spam spam spam ${uniqueId()}`;
  await createResponse(assignmentId, 3, student.user, body);

  await openSection3(teacher.page, assignmentId);
  const post = postWithText(teacher.page, body);
  // The moderation menu is a disclosure: open it from the keyboard.
  await post.locator("summary", { hasText: "Moderate" }).focus();
  await teacher.page.keyboard.press("Enter");
  await expect(post.getByRole("button", { name: `Mute ${student.user.name}` })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);
  await post.getByLabel("Mute for").selectOption({ label: "1 day" });
  await post.getByLabel("Reason for muting (optional)").fill("Flooding the thread");
  await post.getByRole("button", { name: `Mute ${student.user.name}` }).click();
  await expect(post.getByRole("status").filter({ hasText: "Muted." })).toBeVisible();

  await openSection3(student.page, assignmentId);
  await expect(student.page.getByTestId("posting-blocked")).toContainText(/You are muted in this class until .+ UTC\./);
  await expect(student.page.locator("#response-body")).toHaveCount(0);
  // They still read the discussion.
  await expect(postWithText(student.page, body)).toHaveCount(1);

  await visit(teacher.page, `/classes/${classroom.id}/moderation`);
  await expect(teacher.page.getByText(`${student.user.name} is muted until`)).toBeVisible();
  await visit(teacher.page, `/classes/${classroom.id}/moderation/audit`);
  const entry = teacher.page.getByTestId("audit-entry").filter({ hasText: "Muted" });
  await expect(entry).toContainText(student.user.name);
  await expect(entry).toContainText("Flooding the thread");
  const csv = await teacher.page.request.get(`/api/classes/${classroom.id}/audit?action=MUTE`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`,${student.user.name},`);
  // Students get neither the log nor its export.
  expect((await student.page.request.get(`/api/classes/${classroom.id}/audit`)).status()).toBe(404);
  expect((await student.page.goto(`/classes/${classroom.id}/moderation/audit`))?.status()).toBe(404);
});

test("a teacher locks a section and students are told why instead of getting the form", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  await openSection3(teacher.page, assignmentId);
  await teacher.page.locator("summary", { hasText: "Lock this section" }).click();
  await teacher.page.getByLabel("Reason for locking (everyone sees it)").fill("We move on to section 4");
  await teacher.page.getByRole("button", { name: "Lock section" }).click();
  await expect(teacher.page.getByRole("button", { name: "Unlock this section" })).toBeVisible();

  await openSection3(student.page, assignmentId);
  await expect(student.page.getByTestId("posting-blocked")).toHaveText("This section is locked: We move on to section 4");
  await expect(student.page.locator("#response-body")).toHaveCount(0);
});
