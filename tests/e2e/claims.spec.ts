import type { Page } from "@playwright/test";
import { DEMO, expect, expectNoSeriousA11yViolations, openSection, test, uniqueId, visit, waitForPath } from "./fixtures";
import { createClaim, demoUser } from "./fixtures/world";

/** From the home page (checked for accessibility), opens a section of the demo class's assignment. */
async function openDemoSection(page: Page, position: number) {
  await visit(page, "/");
  await page.getByRole("link", { name: DEMO.className }).click();
  await waitForPath(page, /^\/classes\/[^/]+$/);
  await page.getByRole("link", { name: /The Korean War/ }).click();
  await waitForPath(page, /^\/assignments\/[^/]+$/);
  await page.getByRole("link", { name: `Section ${position}`, exact: true }).click();
  await waitForPath(page, new RegExp(`^/assignments/[^/]+/sections/${position}$`));
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Section ${position}\\b`) })).toBeVisible();
}

/** Presses the mouse before the first letter of `phrase` in the section text and releases it after the last. */
async function dragOver(page: Page, phrase: string) {
  const box = await page.getByTestId("section-text").evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const rectOf = (from: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      const first = rectOf(at);
      const last = rectOf(at + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${wanted}" is not in one piece of the section text`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

const claimNotes = (page: Page) => page.getByRole("complementary", { name: "Contested claims" });
const claimForm = (page: Page) => page.getByTestId("claim-form");

async function fillSource(page: Page, index: number, source: { title: string; url: string; perspective: string }) {
  const form = claimForm(page);
  await form.getByLabel(`Source ${index} title`).fill(source.title);
  await form.getByLabel(`Source ${index} web address`).fill(source.url);
  await form.getByLabel(`Source ${index} perspective`).fill(source.perspective);
}

const BOMBING_SENTENCE =
  "The heavy bombing campaigns carried out by UN forces were seen as indiscriminate attacks on civilians and infrastructure, reinforcing the narrative of Western aggression.";

test("a teacher marks a sentence as contested by keyboard, with a bad source refused; the marker leads to the note", async ({ classWithStudents }) => {
  const { teacher: actor, assignmentId } = await classWithStudents({ students: 0 });
  const teacher = actor.page;
  await openSection(teacher, assignmentId, 7);
  await expect(claimForm(teacher)).toContainText("Select a passage in the text (or choose a sentence) to mark it as contested.");

  // The keyboard way: choose a sentence from the list.
  const sentence = BOMBING_SENTENCE;
  const choice = teacher.locator("#sentence-choice");
  await choice.focus();
  await choice.selectOption({ label: (await choice.locator("option", { hasText: "The heavy bombing campaigns" }).textContent())! });
  await expect(claimForm(teacher).getByLabel("Passage")).toHaveValue(sentence);

  const id = uniqueId();
  const note = `US Air Force records document the scale of the bombing; whether it was indiscriminate is debated. ${id}`;
  await claimForm(teacher).getByLabel("Why it is contested").fill(note);
  await fillSource(teacher, 1, { title: "Korean War", url: "javascript:alert(1)", perspective: "Encyclopaedia Britannica" });
  await claimForm(teacher).getByRole("button", { name: "Mark as contested claim" }).click();
  await expect(claimForm(teacher).getByRole("status")).toContainText("http:// or https://");
  // Nothing was marked, and what was typed is still there.
  await expect(claimForm(teacher).getByLabel("Why it is contested")).toHaveValue(note);
  await expectNoSeriousA11yViolations(teacher);

  await claimForm(teacher).getByLabel("Source 1 web address").fill("https://www.britannica.com/event/Korean-War");
  await claimForm(teacher).getByRole("button", { name: "Add another source" }).click();
  await expect(claimForm(teacher).getByLabel("Source 2 title")).toBeFocused();
  await fillSource(teacher, 2, { title: "The Korean War, 1950–1953", url: "https://history.state.gov/milestones/1945-1952/korean-war-1", perspective: "US government" });
  await claimForm(teacher).getByRole("button", { name: "Mark as contested claim" }).click();
  await expect(claimForm(teacher).getByRole("status")).toContainText("Marked as a contested claim");
  await expect(claimForm(teacher)).toContainText("Select a passage in the text");

  const teacherNote = claimNotes(teacher).getByTestId("claim-note").filter({ hasText: id });
  await expect(teacherNote).toContainText(sentence.slice(0, 60));
  await expect(teacherNote.getByRole("link", { name: "Korean War", exact: true })).toHaveAttribute("href", "https://www.britannica.com/event/Korean-War");
  await expect(teacherNote).toContainText("(US government)");
  await expectNoSeriousA11yViolations(teacher);

  // The marker in the text leads to the note.
  const noteId = await teacherNote.getAttribute("id");
  expect(noteId).toMatch(/^claim-/);
  await teacher.locator(`a[href="#${noteId}"]`).click();
  await expect(teacher).toHaveURL(new RegExp(`#${noteId}$`));
});

test("a student sees a claim's side note with its sources and no way to mark or remove claims; the teacher removes it", async ({ classWithStudent }) => {
  const { teacher, assignmentId, student } = await classWithStudent();
  // The claim the test above marks.
  const id = uniqueId();
  const note = `US Air Force records document the scale of the bombing; whether it was indiscriminate is debated. ${id}`;
  await createClaim({
    assignmentId,
    position: 7,
    phrase: BOMBING_SENTENCE,
    note,
    teacher: teacher.user,
    sources: [
      { title: "Korean War", url: "https://www.britannica.com/event/Korean-War", perspective: "Encyclopaedia Britannica" },
      { title: "The Korean War, 1950–1953", url: "https://history.state.gov/milestones/1945-1952/korean-war-1", perspective: "US government" },
    ],
  });

  // A student of the class sees the note, and no way to mark or remove claims.
  await openSection(student.page, assignmentId, 7);
  const studentNote = claimNotes(student.page).getByTestId("claim-note").filter({ hasText: id });
  await expect(studentNote).toContainText(note);
  await expect(studentNote.getByRole("link", { name: "The Korean War, 1950–1953" })).toBeVisible();
  await expect(claimNotes(student.page).locator("summary")).toHaveCount(0);
  await expect(claimForm(student.page)).toHaveCount(0);
  await expectNoSeriousA11yViolations(student.page);

  // The teacher removes it, after confirming.
  await openSection(teacher.page, assignmentId, 7);
  const teacherNote = claimNotes(teacher.page).getByTestId("claim-note").filter({ hasText: id });
  await teacherNote.getByText("Remove", { exact: false }).first().click();
  await teacherNote.getByRole("button", { name: /^Yes, remove claim \d+$/ }).click();
  await expect(claimNotes(teacher.page).getByTestId("claim-note").filter({ hasText: id })).toHaveCount(0);
  await student.page.reload();
  await expect(claimNotes(student.page).getByTestId("claim-note").filter({ hasText: id })).toHaveCount(0);
});

test("a student of the demo class sees the seeded claims with their sources", async ({ signInAs }) => {
  const { page: student } = await signInAs(await demoUser(DEMO.student));
  await openDemoSection(student, 6);
  const notes = claimNotes(student);
  await expect(notes.getByTestId("claim-note").filter({ hasText: "People's Republic of North Korea" })).toContainText("Democratic People's Republic of Korea");
  await expect(notes.getByRole("link", { name: "UN Security Council Resolution 83 (27 June 1950)" })).toHaveAttribute("href", "https://undocs.org/S/RES/83(1950)");
  await expectNoSeriousA11yViolations(student);
});

test("a teacher marks a passage selected with the mouse in their own class", async ({ classWithStudents }) => {
  const { teacher, assignmentId } = await classWithStudents({ students: 0 });
  const page = teacher.page;
  await openSection(page, assignmentId, 2);

  // Drag the mouse over the words, as a reader would.
  const phrase = "an artificial construct imposed by foreign powers";
  await dragOver(page, phrase);
  await expect(claimForm(page).getByLabel("Passage")).toHaveValue(phrase);

  await claimForm(page).getByLabel("Why it is contested").fill("The division followed the US–Soviet agreement of August 1945 on accepting Japan's surrender.");
  await fillSource(page, 1, { title: "Korean War", url: "https://www.britannica.com/event/Korean-War", perspective: "Encyclopaedia Britannica" });
  await claimForm(page).getByRole("button", { name: "Mark as contested claim" }).click();
  await expect(claimForm(page).getByRole("status")).toContainText("Marked as a contested claim");
  await expect(claimNotes(page).getByTestId("claim-note")).toHaveCount(1);
  await expect(claimNotes(page).getByTestId("claim-note").first()).toContainText("[1]");
  await expectNoSeriousA11yViolations(page);
});
