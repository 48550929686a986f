import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { answerPoll } from "@/lib/poll/answer-poll";
import { getPollView } from "@/lib/poll/poll-view";
import { getPollResults, pollCsv } from "@/lib/poll/poll-results";
import { setAfterRound, setThesis } from "@/lib/poll/configure-poll";
import { createMember } from "@/tests/setup/factories";
import { hoursFromNow } from "@/tests/factories/assignments";
import { createPollClass, seedAnswer, THESIS } from "@/tests/factories/poll";

const answers = (assignmentId: string) =>
  db.pollAnswer.findMany({ where: { assignmentId }, orderBy: [{ userId: "asc" }, { round: "asc" }], select: { userId: true, round: true, rating: true } });

describe("answering the stance poll", () => {
  it("accepts only the integers 1 to 5, writing nothing otherwise", async () => {
    const { assignment, ada } = await createPollClass();
    for (const rating of [0, 6, 2.5, "", "abc", "-1", undefined]) {
      await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating })).rejects.toMatchObject({
        code: "INVALID",
        message: "Choose a rating from 1 (strongly disagree) to 5 (strongly agree).",
        fieldErrors: { rating: expect.any(Array) },
      });
    }
    await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "DURING", rating: 3 })).rejects.toMatchObject({ code: "INVALID" });
    expect(await answers(assignment.id)).toEqual([]);
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: "4" });
    expect(await answers(assignment.id)).toEqual([{ userId: ada.id, round: "BEFORE", rating: 4 }]);
  });

  it("lets a student change the before answer until they post, then locks it", async () => {
    const { assignment, ada, ben, teacher } = await createPollClass();
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 2 });
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 3 });
    await createResponse(ada.id, { assignmentId: assignment.id, position: 1, body: "My reading of it" });
    await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 5 })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/when you first posted/),
    });
    // A reply counts as posting too, and locks a first answer as well as a change.
    const teacherPost = await createResponse(teacher.id, { assignmentId: assignment.id, position: 1, body: "Welcome" });
    await createReply(ben.id, { parentId: teacherPost.id, body: "Thanks" });
    await expect(answerPoll(ben.id, { assignmentId: assignment.id, round: "BEFORE", rating: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await answers(assignment.id)).toEqual([{ userId: ada.id, round: "BEFORE", rating: 3 }]);
    const view = await getPollView(ada.id, assignment.id);
    expect(view?.mine?.before).toMatchObject({ rating: 3, open: false, reason: expect.stringMatching(/when you first posted/) });
  });

  it("refuses the after round before the due time, and allows it once due", async () => {
    const { assignment, ada } = await createPollClass({ dueAt: hoursFromNow(2) });
    await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "AFTER", rating: 4 })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/after round opens on .* or earlier if your teacher opens it/),
    });
    expect(await answers(assignment.id)).toEqual([]);
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: hoursFromNow(-1), latePolicy: "CLOSE_AT_DUE" } });
    // Posting closed at the due time, but the after round is exactly for then.
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "AFTER", rating: 4 });
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "AFTER", rating: 5 });
    expect(await answers(assignment.id)).toEqual([{ userId: ada.id, round: "AFTER", rating: 5 }]);
    // The before round closed when the after round opened.
    await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "The before round closed when the after round opened.",
    });
  });

  it("opens the after round when the teacher opens it early, and closes it again", async () => {
    const { assignment, ada, teacher } = await createPollClass({ dueAt: null });
    await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "AFTER", rating: 4 })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "The after round opens when your teacher opens it.",
    });
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 2 });
    await setAfterRound(teacher.id, { assignmentId: assignment.id, open: "open" });
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "AFTER", rating: 4 });
    await setAfterRound(teacher.id, { assignmentId: assignment.id, open: "close" });
    await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "AFTER", rating: 5 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // With an after answer given, the before answer stays as it was even though the round reopened.
    await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 5 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await answers(assignment.id)).toEqual([
      { userId: ada.id, round: "BEFORE", rating: 2 },
      { userId: ada.id, round: "AFTER", rating: 4 },
    ]);
  });

  it("does not let the teacher close an after round that opened at the due time", async () => {
    const { assignment, teacher } = await createPollClass({ dueAt: hoursFromNow(-1) });
    await db.assignment.update({ where: { id: assignment.id }, data: { afterPollOpenedAt: hoursFromNow(-3) } });
    await expect(setAfterRound(teacher.id, { assignmentId: assignment.id, open: "close" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).afterPollOpenedAt).not.toBeNull();
  });

  it("is only for students: teachers and TAs cannot answer", async () => {
    const { assignment, teacher, ta } = await createPollClass();
    for (const user of [teacher, ta]) {
      await expect(answerPoll(user.id, { assignmentId: assignment.id, round: "BEFORE", rating: 3 })).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "Only students answer the stance poll.",
      });
    }
    expect(await answers(assignment.id)).toEqual([]);
  });

  it("answers NOT_FOUND to students of another class, and hides the poll from them", async () => {
    const { assignment, outsider } = await createPollClass();
    await expect(answerPoll(outsider.id, { assignmentId: assignment.id, round: "BEFORE", rating: 3 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setThesis(outsider.id, { assignmentId: assignment.id, thesis: "Mine" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setAfterRound(outsider.id, { assignmentId: assignment.id, open: "open" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getPollView(outsider.id, assignment.id)).toBeNull();
    expect(await getPollResults(outsider.id, assignment.id)).toBeNull();
    expect(await answers(assignment.id)).toEqual([]);
  });

  it("refuses answers when there is no thesis, and everything in an archived class", async () => {
    const { classroom, assignment, ada, teacher } = await createPollClass({ thesis: null });
    await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 3 })).rejects.toMatchObject({ code: "CONFLICT" });
    await setThesis(teacher.id, { assignmentId: assignment.id, thesis: THESIS });
    await db.classroom.update({ where: { id: classroom.id }, data: { archivedAt: new Date() } });
    await expect(answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 3 })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/archived/),
    });
    await expect(setThesis(teacher.id, { assignmentId: assignment.id, thesis: "Another" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setAfterRound(teacher.id, { assignmentId: assignment.id, open: "open" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await answers(assignment.id)).toEqual([]);
  });
});

describe("what each role sees", () => {
  it("shows a student only their own answers", async () => {
    const { assignment, ada, ben } = await createPollClass();
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 1 });
    await answerPoll(ben.id, { assignmentId: assignment.id, round: "BEFORE", rating: 5 });
    const view = await getPollView(ada.id, assignment.id);
    expect(view?.mine).toEqual({
      before: { rating: 1, open: true, reason: null },
      after: { rating: null, open: false, reason: expect.stringMatching(/after round opens/) },
    });
    expect(view?.canViewResults).toBe(false);
    // Nothing of Ben's, or of the class's numbers, anywhere in the student's data.
    const json = JSON.stringify(view);
    expect(json).not.toContain(ben.id);
    expect(json).not.toContain(ben.name);
    expect(json).not.toMatch(/"rating":5/);
    expect(await getPollResults(ada.id, assignment.id)).toBeNull();
  });

  it("gives teachers and TAs the distribution before and after, and each student's shift", async () => {
    const { classroom, assignment, teacher, ta, ada, ben, cy } = await createPollClass();
    await seedAnswer(assignment.id, ada.id, "BEFORE", 2);
    await seedAnswer(assignment.id, ada.id, "AFTER", 4);
    await seedAnswer(assignment.id, ben.id, "BEFORE", 5);
    await seedAnswer(assignment.id, ben.id, "AFTER", 4);
    await seedAnswer(assignment.id, cy.id, "BEFORE", 2);
    // A student who left the class no longer counts.
    const { user: leaver, membership } = await createMember(classroom, "STUDENT");
    await seedAnswer(assignment.id, leaver.id, "BEFORE", 1);
    await db.membership.delete({ where: { id: membership.id } });

    const results = await getPollResults(teacher.id, assignment.id);
    expect(results?.thesis).toBe(THESIS);
    expect(results?.before.bars.map((bar) => bar.count)).toEqual([0, 2, 0, 0, 1]);
    expect(results?.before.bars[1]).toEqual({ rating: 2, label: "Disagree", count: 2 });
    expect(results?.before.total).toBe(3);
    expect(results?.before.mean).toBe(3);
    expect(results?.after.bars.map((bar) => bar.count)).toEqual([0, 0, 0, 2, 0]);
    expect(results?.after.mean).toBe(4);
    expect(results?.shifts).toEqual({ compared: 2, towardAgree: 1, towardDisagree: 1, unchanged: 0, mean: 0.5 });
    expect(results?.students.map(({ name, before, after, shift, shiftText }) => ({ name, before, after, shift, shiftText }))).toEqual([
      { name: "Ada Lovelace", before: 2, after: 4, shift: 2, shiftText: "+2" },
      { name: "Ben Okri", before: 5, after: 4, shift: -1, shiftText: "−1" },
      { name: "Cy Twombly", before: 2, after: null, shift: null, shiftText: "No after answer" },
    ]);
    expect((await getPollResults(ta.id, assignment.id))?.students).toHaveLength(3);
  });

  it("says so when nobody has answered", async () => {
    const { assignment, teacher } = await createPollClass();
    const results = await getPollResults(teacher.id, assignment.id);
    expect(results?.before).toMatchObject({ total: 0, mean: null });
    expect(results?.shifts).toMatchObject({ compared: 0, mean: null });
    expect(results?.students.every((s) => s.shiftText === "No answers")).toBe(true);
  });

  it("exports the table as CSV without letting a name run as a formula", async () => {
    const { classroom, assignment, teacher, ada } = await createPollClass();
    const { user: mallory } = await createMember(classroom, "STUDENT", { name: "=HYPERLINK(\"http://x\")" });
    await seedAnswer(assignment.id, ada.id, "BEFORE", 4);
    await seedAnswer(assignment.id, ada.id, "AFTER", 3);
    await seedAnswer(assignment.id, mallory.id, "BEFORE", 1);
    const csv = pollCsv((await getPollResults(teacher.id, assignment.id))!);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(`Thesis,${THESIS}`);
    expect(lines[2]).toBe("Student,Email,Before,After,Shift");
    expect(csv).toContain("'=HYPERLINK(\"\"http://x\"\")");
    expect(lines).toContain(`Ada Lovelace,${ada.email},4 (Agree),3 (Unsure),-1`);
  });
});

describe("configuring the poll", () => {
  it("lets only teachers pose the thesis or open the after round", async () => {
    const { assignment, ta, ada } = await createPollClass({ thesis: null });
    for (const user of [ta, ada]) {
      await expect(setThesis(user.id, { assignmentId: assignment.id, thesis: "Mine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setAfterRound(user.id, { assignmentId: assignment.id, open: "open" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({ thesis: null, afterPollOpenedAt: null });
  });

  it("validates the thesis and saves it trimmed", async () => {
    const { assignment, teacher } = await createPollClass({ thesis: null });
    await expect(setThesis(teacher.id, { assignmentId: assignment.id, thesis: "x".repeat(301) })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { thesis: ["Keep the thesis under 300 characters."] },
    });
    await setThesis(teacher.id, { assignmentId: assignment.id, thesis: `  ${THESIS}  ` });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).thesis).toBe(THESIS);
  });

  it("clears existing answers on a thesis change only when the teacher confirms", async () => {
    const { classroom, assignment, teacher, ada } = await createPollClass();
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 2 });
    await expect(setThesis(teacher.id, { assignmentId: assignment.id, thesis: "China entered the war to defend itself." })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { confirmClear: ["Confirm that 1 answer will be cleared."] },
    });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).thesis).toBe(THESIS);
    expect(await answers(assignment.id)).toHaveLength(1);
    // The same text again is no change.
    await expect(setThesis(teacher.id, { assignmentId: assignment.id, thesis: THESIS })).resolves.toEqual({ cleared: 0 });
    expect(await answers(assignment.id)).toHaveLength(1);

    await expect(
      setThesis(teacher.id, { assignmentId: assignment.id, thesis: "China entered the war to defend itself.", confirmClear: "on" }),
    ).resolves.toEqual({ cleared: 1 });
    expect(await answers(assignment.id)).toEqual([]);
    expect(await db.auditEntry.findFirst({ where: { classroomId: classroom.id }, orderBy: { createdAt: "desc" } })).toMatchObject({
      action: "CHANGE_SETTINGS",
      reason: expect.stringMatching(/stance poll changed; 1 answer cleared/),
    });

    // Removing the poll (empty thesis) follows the same rule.
    await answerPoll(ada.id, { assignmentId: assignment.id, round: "BEFORE", rating: 4 });
    await expect(setThesis(teacher.id, { assignmentId: assignment.id, thesis: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    await setThesis(teacher.id, { assignmentId: assignment.id, thesis: "", confirmClear: "on" });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({ thesis: null });
    expect(await answers(assignment.id)).toEqual([]);
  });
});
