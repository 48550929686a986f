import {
  expect,
  expectNoSeriousA11yViolations,
  KOREAN_WAR_TITLE,
  openSection,
  postResponse,
  postWithText,
  sectionPath,
  test,
  uniqueId,
  visit,
  waitForPath,
  type Actor,
} from "./fixtures";
import { createResponse } from "./fixtures/world";

// Post-first, end to end, in classes of their own (the demo class stays as other specs expect it):
// the teacher turns it on when assigning, a classmate's response stays out of everything a second
// student's browser receives until that student responds, and the settings page switches it. The
// classes come from the factories, with post-first on, except where assigning is what is tested.

test("a teacher turns post-first on when assigning, and the assignment's settings show it", async ({ classWithStudents }) => {
  const { teacher, classroom } = await classWithStudents({ students: 0, assignment: false });
  await visit(teacher.page, `/classes/${classroom.id}`);
  await assignWithPostFirst(teacher);

  await visit(teacher.page, `/classes/${classroom.id}/moderation/settings`);
  await expect(teacher.page.getByLabel("Post first, then see others")).toBeChecked();
  await expect(teacher.page.getByLabel("Every response must take a stance")).not.toBeChecked();
});

/** Checks that nothing of the classmate's response (`traces`) reaches the reader's browser. */
async function expectNothingReceived(reader: Actor, assignmentId: string, position: number, traces: string[]) {
  const path = sectionPath(assignmentId, position);
  // Not on the page, in the HTML, the RSC payload of a client-side navigation, the JSON API or the
  // reading's overview.
  await openSection(reader.page, assignmentId, position);
  await expect(reader.page.getByTestId("post")).toHaveCount(0);
  const payloads = await Promise.all([
    reader.page.request.get(path).then((r) => r.text()),
    reader.page.request.get(path, { headers: { RSC: "1" } }).then((r) => r.text()),
    reader.page.request.get(`/api/assignments/${assignmentId}/sections/${position}/responses`).then((r) => r.text()),
    reader.page.request.get(`/assignments/${assignmentId}`).then((r) => r.text()),
    reader.page.content(),
  ]);
  for (const payload of payloads) {
    expect(payload.length).toBeGreaterThan(0);
    for (const trace of traces) expect(payload).not.toContain(trace);
  }
}

test("under post-first a student sees no classmate's post until posting, then sees them all", async ({ classWithStudents }) => {
  const { teacher, assignmentId, students } = await classWithStudents({ students: 2, assignment: { postFirst: true } });
  const [author, reader] = students;

  const position = 2;
  const path = sectionPath(assignmentId, position);
  const theirs = `A classmate's argument ${uniqueId()}`;
  await openSection(author.page, assignmentId, position);
  await postResponse(author.page, theirs);

  await expectNothingReceived(reader, assignmentId, position, [theirs, author.user.name]);

  // Once the reader responds, every classmate's post in the section is there.
  const mine = `My own reading first ${uniqueId()}`;
  await postResponse(reader.page, mine);
  await expect(postWithText(reader.page, theirs)).toContainText(author.user.name);
  await expect(reader.page.getByTestId("post")).toHaveCount(2);
  await expectNoSeriousA11yViolations(reader.page);
  const rsc = await reader.page.request.get(path, { headers: { RSC: "1" } }).then((r) => r.text());
  expect(rsc).toContain(theirs);

  // The teacher always saw everything.
  await openSection(teacher.page, assignmentId, position);
  await expect(postWithText(teacher.page, theirs)).toHaveCount(1);
  await expect(postWithText(teacher.page, mine)).toHaveCount(1);
});

test("switching post-first off and on again in the settings takes effect at once", async ({ classWithStudents }) => {
  const { teacher, classroom, assignmentId, students } = await classWithStudents({ students: 2, assignment: { postFirst: true } });
  const [author, reader] = students;
  const position = 2;
  const theirs = `A classmate's argument ${uniqueId()}`;
  await createResponse(assignmentId, position, author.user, theirs);

  await visit(teacher.page, `/classes/${classroom.id}/moderation/settings`);
  const postFirst = teacher.page.getByLabel("Post first, then see others");
  await expect(postFirst).toBeChecked();
  await saveAssignmentSettings(teacher, () => postFirst.uncheck());
  await openSection(reader.page, assignmentId, position);
  await expect(postWithText(reader.page, theirs)).toContainText(author.user.name);
  await saveAssignmentSettings(teacher, () => postFirst.check());
  await expectNothingReceived(reader, assignmentId, position, [theirs, author.user.name]);
});

/** On the teacher's new class page: assigns the Korean War reading with "Post first" checked. */
async function assignWithPostFirst({ page }: Actor): Promise<string> {
  const select = page.locator("#readingId");
  const option = select.locator("option", { hasText: KOREAN_WAR_TITLE });
  await select.selectOption((await option.getAttribute("value"))!);
  await page.getByLabel("Post first, then see others").check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  const url = await waitForPath(page, /^\/assignments\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Sections" })).toBeVisible();
  return url.pathname.split("/")[2]!;
}

async function saveAssignmentSettings({ page }: Actor, change: () => Promise<void>): Promise<void> {
  await change();
  await page.getByRole("button", { name: /^Save settings for / }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assignment settings saved." })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The next save must wait for its own confirmation, not find this one.
  await page.reload();
}
