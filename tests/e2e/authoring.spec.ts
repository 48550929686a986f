import {
  expect,
  expectNoSeriousA11yViolations,
  openSection,
  postResponse,
  test,
  uniqueId,
  visit,
  waitForPath,
  type ClassWorld,
  type ClassWorldOptions,
} from "./fixtures";
import { assignReading, createOwnReading, createPost } from "./fixtures/world";

const READING = [
  "# Origins",
  "The division of the peninsula at the 38th parallel was a wartime convenience.",
  "Both governments claimed the whole country.",
  "# Armistice",
  "The fighting stopped in July 1953 without a peace treaty.",
].join("\n\n");

// Importing and assigning go through the UI here (elsewhere the factories assign readings); the
// class and the accounts come from the factories.
test("a teacher imports, splits and assigns a reading with a due date and requirements; the student sees it", async ({ classWithStudents }) => {
  const { teacher, classroom, students } = await classWithStudents({ students: 1, assignment: false });
  const [student] = students;
  const title = `Divided Korea ${uniqueId()}`;

  // Import by pasting, then adjust the automatic split.
  await visit(teacher.page, "/library");
  await teacher.page.getByRole("link", { name: "Add a reading" }).click();
  await waitForPath(teacher.page, /^\/library\/new$/);
  await expectNoSeriousA11yViolations(teacher.page);
  await teacher.page.locator("#title").fill(title);
  await teacher.page.locator("#author").fill("A. Historian");
  await teacher.page.locator("#perspective").fill("Seoul/Washington narrative");
  await teacher.page.locator("#source").fill("https://example.org/divided-korea");
  await teacher.page.locator("#text").fill(READING);
  await teacher.page.getByRole("button", { name: "Preview sections" }).click();
  const previews = teacher.page.getByTestId("section-preview");
  await expect(previews).toHaveCount(2);
  await expect(teacher.page.locator("#section-1-heading")).toHaveValue("Origins");
  await expectNoSeriousA11yViolations(teacher.page);

  await teacher.page.getByRole("button", { name: "Split here: start a new section at paragraph 3 of section 1" }).click();
  await expect(previews).toHaveCount(3);
  await teacher.page.locator("#section-2-heading").fill("Rival claims");
  await teacher.page.getByRole("button", { name: "Merge with section 3" }).click();
  await expect(previews).toHaveCount(2);
  await teacher.page.getByRole("button", { name: "Split here: start a new section at paragraph 2 of section 2" }).click();
  await expect(previews).toHaveCount(3);
  await expect(teacher.page.locator("#section-2-heading")).toHaveValue("Rival claims");
  await expect(teacher.page.locator("#section-3-heading")).toHaveValue("Armistice");

  await teacher.page.locator("#section-1-question").fill("Why the 38th parallel?");
  await teacher.page.locator("#section-2-question").fill("Could both claims be right?");
  await teacher.page.locator("#section-3-question").fill("");
  await teacher.page.getByRole("button", { name: "Save reading" }).click();
  await waitForPath(teacher.page, /^\/library\/(?!new$)[^/]+$/);
  await expect(teacher.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(teacher.page.getByText("Question: Could both claims be right?")).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);

  // Assign it with a due date and requirements.
  await teacher.page.getByRole("link", { name: `Assign to ${classroom.name}` }).click();
  await waitForPath(teacher.page, new RegExp(`^/classes/${classroom.id}$`));
  await expect(teacher.page.locator("#readingId option:checked")).toContainText(title);
  await teacher.page.locator("#dueAt").fill("2099-06-30T17:00");
  await teacher.page.locator("#minResponses").fill("2");
  await teacher.page.getByRole("button", { name: "Assign", exact: true }).click();
  const assignmentUrl = await waitForPath(teacher.page, /^\/assignments\/[^/]+$/);
  const assignmentId = assignmentUrl.pathname.split("/")[2]!;
  await expect(teacher.page.getByText(/Due Jun 30, 2099/)).toBeVisible();
  await expect(teacher.page.getByText("Perspective")).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);

  // The student sees it on the home page, with the requirements, and the sections' questions.
  await visit(student.page, "/");
  const card = student.page.getByTestId("my-assignment").filter({ hasText: title });
  await expect(card).toContainText("Not started");
  await expect(card.getByTestId("progress-summary")).toHaveText("0 of 2 responses, 0 replies");
  await card.getByRole("link", { name: title }).click();
  await waitForPath(student.page, new RegExp(`^/assignments/${assignmentId}$`));
  await expect(student.page.getByTestId("section-1-answered")).toHaveText("Not answered");
  await expectNoSeriousA11yViolations(student.page);
  await openSection(student.page, assignmentId, 1);
  await expect(student.page.getByText("Why the 38th parallel?")).toBeVisible();
});

/** A class whose teacher's own three-section reading is assigned, due in 2099, with two responses required. */
async function classWithOwnReading(classWithStudents: (options: ClassWorldOptions) => Promise<ClassWorld>) {
  const world = await classWithStudents({ students: 1, assignment: false });
  const title = `Divided Korea ${uniqueId()}`;
  const reading = await createOwnReading(world.teacher.user, {
    title,
    perspective: "Seoul/Washington narrative",
    sections: [
      { heading: "Origins", body: "The division of the peninsula at the 38th parallel was a wartime convenience.", question: "Why the 38th parallel?" },
      { heading: "Rival claims", body: "Both governments claimed the whole country.", question: "Could both claims be right?" },
      { heading: "Armistice", body: "The fighting stopped in July 1953 without a peace treaty." },
    ],
  });
  const assignmentId = await assignReading(world.classroom, reading, { dueAt: new Date("2099-06-30T17:00:00Z"), minResponses: 2 });
  return { ...world, student: world.students[0]!, title, reading, assignmentId };
}

test("a student's answers move their progress on the home page and the reading's page", async ({ classWithStudents }) => {
  const { student, title, assignmentId } = await classWithOwnReading(classWithStudents);

  await visit(student.page, "/");
  const card = student.page.getByTestId("my-assignment").filter({ hasText: title });
  await expect(card).toContainText("Not started");
  await expect(card.getByTestId("progress-summary")).toHaveText("0 of 2 responses, 0 replies");

  // Answers section 1: progress moves.
  await openSection(student.page, assignmentId, 1);
  await expect(student.page.getByText("Why the 38th parallel?")).toBeVisible();
  await postResponse(student.page, `A line drawn in a hurry ${uniqueId()}`);
  await visit(student.page, "/");
  await expect(card).toContainText("In progress");
  await expect(card.getByTestId("progress-summary")).toHaveText("1 of 2 responses, 0 replies");
  await visit(student.page, `/assignments/${assignmentId}`);
  await expect(student.page.getByTestId("section-1-answered")).toHaveText("✓ Answered");
  await expect(student.page.getByTestId("section-2-answered")).toHaveText("Not answered");

  await openSection(student.page, assignmentId, 2);
  await postResponse(student.page, `Both claimed legitimacy ${uniqueId()}`);
  await visit(student.page, "/");
  await expect(card).toContainText("Requirements met");
});

test("the teacher's overview and its CSV follow a student's progress", async ({ classWithStudents }) => {
  const { teacher, classroom, student, assignmentId, reading } = await classWithOwnReading(classWithStudents);
  // The responses the test above posts, one at a time.
  const respond = (position: number) => createPost({ assignmentId, sectionId: reading.sections[position - 1]!.id, authorId: student.user.id });

  // The teacher's overview shows the student in progress, then done.
  await respond(1);
  await visit(teacher.page, `/classes/${classroom.id}/overview`);
  const row = teacher.page.getByTestId("overview-row").filter({ hasText: student.user.name });
  await expect(row).toContainText("In progress");
  await expect(row).toContainText("1 of 2 responses");

  await respond(2);
  await visit(teacher.page, `/classes/${classroom.id}/overview`);
  await expect(row).toContainText("Requirements met");
  await expect(teacher.page.getByTestId("overview-counts")).toHaveText("1 met the requirements, 0 in progress, 0 not started");
  const csv = await teacher.page.request.get(`/api/classes/${classroom.id}/overview.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`${student.user.email},Requirements met,2,2,0,0,2,no`);
  // A student gets no CSV.
  expect((await student.page.request.get(`/api/classes/${classroom.id}/overview.csv`)).status()).toBe(404);
});

test("the teacher makes a student a TA on the roster", async ({ classWithStudent }) => {
  const { teacher, classroom, student } = await classWithStudent({ assignment: false });
  await visit(teacher.page, `/classes/${classroom.id}/roster`);
  const studentRow = teacher.page.getByTestId("roster-row").filter({ hasText: student.user.email });
  await studentRow.getByLabel(`Role of ${student.user.name}`).selectOption("TA");
  await studentRow.getByRole("button", { name: `Change role of ${student.user.name}` }).click();
  await expect(studentRow.locator("td").nth(1)).toHaveText("TA");
  await expectNoSeriousA11yViolations(teacher.page);
});

test("an upload of a bad file shows the error and creates nothing", async ({ signInAs }) => {
  const teacher = await signInAs("teacher");
  await visit(teacher.page, "/library/new");
  const fileInput = teacher.page.getByLabel("Upload a file");
  const error = teacher.page.locator("#reading-file-error");

  await fileInput.setInputFiles({ name: "essay.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("not really a Word file") });
  await expect(error).toHaveText(/This \.docx file could not be read/);
  await expectNoSeriousA11yViolations(teacher.page);

  await fileInput.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]) });
  await expect(error).toHaveText(/binary/);

  await fileInput.setInputFiles({ name: "empty.md", mimeType: "text/markdown", buffer: Buffer.alloc(0) });
  await expect(error).toHaveText("The file is empty.");

  // A good file replaces the error with the preview.
  await fileInput.setInputFiles({ name: "good-notes.md", mimeType: "text/markdown", buffer: Buffer.from("# One\n\nText.\n\n# Two\n\nMore.\n") });
  await expect(teacher.page.getByTestId("section-preview")).toHaveCount(2);
  await expect(teacher.page.locator("#title")).toHaveValue("good notes");

  await visit(teacher.page, "/library");
  await expect(teacher.page.getByText("You have not added a reading yet.")).toBeVisible();
});

test("an archived class leaves the home page until shown, and is read-only", async ({ classWithStudents }) => {
  const { teacher, classroom } = await classWithStudents({ students: 0, assignment: false });
  await visit(teacher.page, `/classes/${classroom.id}/roster`);
  await teacher.page.getByRole("button", { name: "Archive class" }).click();
  await expect(teacher.page.getByRole("button", { name: "Restore class" })).toBeVisible();
  await visit(teacher.page, "/");
  await expect(teacher.page.getByRole("link", { name: classroom.name })).toHaveCount(0);
  await teacher.page.getByRole("link", { name: /Show archived classes/ }).click();
  await expect(teacher.page.getByRole("link", { name: classroom.name })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher.page);
  await visit(teacher.page, `/classes/${classroom.id}`);
  await expect(teacher.page.getByText("This class is archived: it is read-only.")).toBeVisible();
  await expect(teacher.page.getByRole("button", { name: "Assign", exact: true })).toHaveCount(0);
});
