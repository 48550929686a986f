import { DEMO, expect, expectNoSeriousA11yViolations, test, visit, waitForPath } from "./fixtures";
import { createPollAnswer, demoUser } from "./fixtures/world";

const THESIS = "The Korean War was a defensive war for North Korea and China.";

// Classes of their own (built with the factories), so the rounds can be opened without touching the
// demo class. The journey is split in three: posing and answering before, opening the after round
// and answering it, and rewording the thesis; each later part starts from the state the factories
// write for what the earlier part did through the UI.

test("the teacher poses a thesis; a student answers the before round with the keyboard and sees no class numbers", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  const pollPath = `/assignments/${assignmentId}/poll`;

  // The teacher poses the thesis on the poll page.
  await visit(teacher.page, `/assignments/${assignmentId}`);
  await teacher.page.getByRole("link", { name: "Pose a stance poll" }).click();
  await waitForPath(teacher.page, /\/poll$/);
  await expect(teacher.page.getByRole("heading", { level: 1, name: "Stance poll" })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);
  await teacher.page.getByRole("textbox", { name: "Thesis students rate" }).fill(THESIS);
  await teacher.page.getByRole("button", { name: "Save thesis" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "Thesis saved." })).toBeVisible();
  await expect(teacher.page.getByTestId("poll-before-chart")).toContainText("No answers yet.");
  await expect(teacher.page.getByTestId("poll-after-chart")).toContainText("No answers yet.");
  await expectNoSeriousA11yViolations(teacher.page);

  // The student answers the before round on the reading's page, with the keyboard.
  await visit(student.page, `/assignments/${assignmentId}`);
  const card = student.page.getByRole("region", { name: "Where do you stand?" });
  await expect(card.getByTestId("poll-thesis")).toHaveText(THESIS);
  await expect(card.getByTestId("poll-after")).toContainText("The after round opens when your teacher opens it.");
  const before = card.getByRole("group", { name: "Before you read: how far do you agree?" });
  // Nothing chosen: a clear message, nothing saved.
  await card.getByRole("button", { name: "Save my answer" }).click();
  await expect(card.getByRole("status")).toContainText("Choose a rating from 1 (strongly disagree) to 5 (strongly agree).");
  await before.getByRole("radio", { name: "1 · Strongly disagree" }).focus();
  await student.page.keyboard.press("ArrowRight");
  await expect(before.getByRole("radio", { name: "2 · Disagree" })).toBeChecked();
  await card.getByRole("button", { name: "Save my answer" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Saved: Disagree." })).toBeVisible();
  await expect(card.getByRole("button", { name: "Change my answer" })).toBeVisible();
  await expectNoSeriousA11yViolations(student.page);

  // The student sees no class numbers: not on the poll page, not in the CSV.
  await visit(student.page, pollPath);
  await expect(student.page.getByRole("heading", { name: "Class results" })).toHaveCount(0);
  expect((await student.page.request.get(`/api/assignments/${assignmentId}/poll.csv`)).status()).toBe(404);
});

test("the teacher sees the before answer and opens the after round early; the student answers it and the teacher sees the shift", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent({ assignment: { thesis: THESIS } });
  // The before answer the test above saves.
  await createPollAnswer(assignmentId, student.user, "BEFORE", 2);
  const pollPath = `/assignments/${assignmentId}/poll`;

  // The teacher sees the before answer and opens the after round early.
  await visit(teacher.page, pollPath);
  await expect(teacher.page.getByTestId("poll-before-chart-2")).toContainText("1");
  await expect(teacher.page.getByTestId("poll-before-chart")).toContainText("1 answer; mean 2.0");
  await teacher.page.getByRole("button", { name: "Open the after round now" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "The after round is open." })).toBeVisible();
  await expect(teacher.page.getByTestId("after-round-status")).toContainText("open (you opened it early).");

  // The before answer is now fixed; the after round takes an answer.
  await visit(student.page, `/assignments/${assignmentId}`);
  const card = student.page.getByRole("region", { name: "Where do you stand?" });
  await expect(card.getByTestId("poll-before")).toContainText("Your answer: 2 · Disagree");
  await expect(card.getByTestId("poll-before")).toContainText("The before round closed when the after round opened.");
  const after = card.getByRole("group", { name: "Now, after the discussion: how far do you agree?" });
  await after.getByRole("radio", { name: "4 · Agree" }).check();
  await card.getByRole("button", { name: "Save my answer" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Saved: Agree." })).toBeVisible();
  await expectNoSeriousA11yViolations(student.page);

  // The teacher sees both distributions and the student's shift.
  await visit(teacher.page, pollPath);
  await expect(teacher.page.getByTestId("poll-after-chart")).toContainText("1 answer; mean 4.0");
  await expect(teacher.page.getByTestId("poll-after-chart-4")).toContainText("1");
  const row = teacher.page.getByTestId("poll-shifts").getByRole("row", { name: new RegExp(student.user.name) });
  await expect(row).toContainText("2 · Disagree");
  await expect(row).toContainText("4 · Agree");
  await expect(row).toContainText("+2");
  await expect(teacher.page.getByTestId("poll-shift-summary")).toContainText("1 moved toward agreeing");
  const csv = await teacher.page.request.get(`/api/assignments/${assignmentId}/poll.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(`${student.user.name},${student.user.email},2 (Disagree),4 (Agree),2`);
});

test("rewording the thesis asks the teacher to confirm clearing the answers, then clears them", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent({ assignment: { thesis: THESIS, afterPollOpenedAt: new Date() } });
  await createPollAnswer(assignmentId, student.user, "BEFORE", 2);
  await createPollAnswer(assignmentId, student.user, "AFTER", 4);

  // Rewording the thesis would leave answers to the old wording: the teacher must confirm clearing them.
  await visit(teacher.page, `/assignments/${assignmentId}`);
  await teacher.page.getByRole("link", { name: "Stance poll results" }).click();
  await waitForPath(teacher.page, /\/poll$/);
  const thesis = teacher.page.getByRole("textbox", { name: "Thesis students rate" });
  await thesis.fill("China entered the Korean War to defend itself.");
  await teacher.page.getByRole("button", { name: "Save thesis" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "Students have already answered." })).toBeVisible();
  await expect(teacher.page.getByText("Confirm that 2 answers will be cleared.")).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);
  await teacher.page.getByRole("checkbox", { name: /Clear students’ answers/ }).check();
  await teacher.page.getByRole("button", { name: "Save thesis" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "Thesis saved. 2 answers cleared." })).toBeVisible();
  await expect(thesis).toHaveValue("China entered the Korean War to defend itself.");
  await expect(teacher.page.getByTestId("poll-after-chart")).toContainText("No answers yet.");
  await expect(teacher.page.getByTestId("poll-shifts").getByRole("row", { name: new RegExp(student.user.name) })).toContainText("No answers");
});

// Reads the demo class only. Jonah answered before reading and has posted since, so his before round is closed.
test("the demo thesis shows on the demo reading; a student who has posted can no longer answer before", async ({ signInAs }) => {
  const { page } = await signInAs(await demoUser(DEMO.student));
  await visit(page, "/");
  await page.getByRole("link", { name: DEMO.className }).click();
  await waitForPath(page, /^\/classes\/[^/]+$/);
  await page.getByRole("link", { name: /The Korean War/ }).click();
  await waitForPath(page, /^\/assignments\/[^/]+$/);
  const card = page.getByRole("region", { name: "Where do you stand?" });
  await expect(card.getByTestId("poll-thesis")).toHaveText(THESIS);
  await expect(card.getByTestId("poll-before")).toContainText("The before round closed for you when you first posted in this reading.");
  // The seed's answer from before Jonah's first post.
  await expect(card.getByTestId("poll-before")).toContainText("Your answer: 4");
  await expect(card.getByRole("group", { name: /Before you read/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
