import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply, createResponse } from "@/lib/discussion/create-post";
import { editPost } from "@/lib/discussion/change-post";
import { getSectionView } from "@/lib/sections/section-view";
import { createClassroom, createMember } from "@/tests/setup/factories";
import { createAssignment, createReading } from "@/tests/factories/readings";

const TEXT = "The war began on 25 June 1950. 평양 called it a war of liberation; 北京 called it 抗美援朝. The armistice came in 1953.";

async function debate(assignment: { stanceRequired?: boolean; anonymity?: "ANONYMOUS" } = {}) {
  const classroom = await createClassroom();
  const reading = await createReading({ sectionCount: 2 });
  const section = await db.section.update({ where: { id: reading.sections[0]!.id }, data: { body: TEXT } });
  const created = await createAssignment(classroom, reading);
  const row = await db.assignment.update({ where: { id: created.id }, data: assignment });
  const { user: teacher } = await createMember(classroom, "TEACHER");
  const { user: alice } = await createMember(classroom, "STUDENT");
  const { user: bob } = await createMember(classroom, "STUDENT");
  return { assignment: row, section, teacher, alice, bob };
}

const quoteOf = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return { quoteStart: String(start), quoteEnd: String(start + phrase.length), quoteText: phrase };
};

describe("responses with a stance, a kind and a quote", () => {
  it("stores them and shows them to classmates", async () => {
    const { assignment, alice, bob } = await debate();
    const { id } = await createResponse(alice.id, {
      assignmentId: assignment.id,
      position: "1",
      body: "The Korean name matters.",
      stance: "CHALLENGES",
      kind: "CLAIM",
      ...quoteOf("평양 called it a war of liberation"),
    });
    const row = await db.post.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ stance: "CHALLENGES", kind: "CLAIM", quoteText: "평양 called it a war of liberation" });
    expect(TEXT.slice(row.quoteStart!, row.quoteEnd!)).toBe(row.quoteText);
    const view = await getSectionView(bob.id, assignment.id, 1);
    const [response] = (await view!.page).responses;
    expect(response).toMatchObject({ stance: "CHALLENGES", kind: "CLAIM", quote: { start: row.quoteStart, end: row.quoteEnd, text: row.quoteText } });
  });

  it.each([
    ["text that is not at those offsets", { quoteStart: "0", quoteEnd: "7", quoteText: "The bar" }, /does not match/],
    ["offsets past the end", { quoteStart: "0", quoteEnd: String(TEXT.length + 5), quoteText: TEXT }, /not part of this section/],
    ["half a quote", { quoteStart: "0", quoteText: "The war" }, /Select the passage/],
    ["an unknown stance", { stance: "MAYBE" }, /supports, challenges or complicates/],
    ["evidence without a source", { kind: "EVIDENCE" }, /at least one source/],
    ["a source that is not a web address", { kind: "EVIDENCE", "sources.0.title": "UN", "sources.0.url": "javascript:alert(1)" }, /http/],
    ["a source without a title", { kind: "EVIDENCE", "sources.0.url": "https://undocs.org/S/RES/82(1950)" }, /title/],
  ])("refuses %s with a clear message and writes nothing", async (_label, fields, message) => {
    const { assignment, alice } = await debate();
    await expect(createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Text", ...fields })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(message),
    });
    expect(await db.post.count({ where: { assignmentId: assignment.id } })).toBe(0);
  });

  it("keeps an evidence response's sources in order", async () => {
    const { assignment, alice, bob } = await debate();
    await createResponse(alice.id, {
      assignmentId: assignment.id,
      position: 1,
      body: "The Security Council acted within days.",
      kind: "EVIDENCE",
      "sources.0.title": "S/RES/82 (1950)",
      "sources.0.url": "https://undocs.org/S/RES/82(1950)",
      "sources.1.title": "",
      "sources.1.url": "",
      "sources.2.title": "S/RES/83 (1950)",
      "sources.2.url": "https://undocs.org/S/RES/83(1950)",
    });
    const [response] = (await (await getSectionView(bob.id, assignment.id, 1))!.page).responses;
    expect(response!.sources).toEqual([
      { title: "S/RES/82 (1950)", url: "https://undocs.org/S/RES/82(1950)" },
      { title: "S/RES/83 (1950)", url: "https://undocs.org/S/RES/83(1950)" },
    ]);
  });

  it("requires a stance from students when the assignment asks for one, but not from teachers", async () => {
    const { assignment, alice, teacher } = await debate({ stanceRequired: true });
    await expect(createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "No stance" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { stance: [expect.stringMatching(/take a stance/)] },
    });
    expect(await db.post.count({ where: { assignmentId: assignment.id } })).toBe(0);
    await expect(createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Yes", stance: "COMPLICATES" })).resolves.toHaveProperty("id");
    await expect(createResponse(teacher.id, { assignmentId: assignment.id, position: 1, body: "Framing the debate" })).resolves.toHaveProperty("id");
  });

  it("lets a reply counter or agree, and quote the text, but not take a stance", async () => {
    const { assignment, alice, bob } = await debate();
    const response = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Claim", stance: "SUPPORTS" });
    const reply = await createReply(bob.id, { parentId: response.id, body: "No", replyKind: "COUNTER", stance: "SUPPORTS", ...quoteOf("抗美援朝") });
    expect(await db.post.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ replyKind: "COUNTER", stance: null, quoteText: "抗美援朝" });
    await expect(createReply(bob.id, { parentId: response.id, body: "Hm", replyKind: "MAYBE" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(createReply(bob.id, { parentId: response.id, body: "Hm", quoteStart: "0", quoteEnd: "3", quoteText: "War" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { quoteText: [expect.stringMatching(/does not match/)] },
    });
  });
});

describe("passage heat", () => {
  it("counts published quotes, overlapping ones adding up, and lists the posts quoting a passage", async () => {
    const { assignment, alice, bob, teacher } = await debate();
    const wide = quoteOf("평양 called it a war of liberation; 北京 called it 抗美援朝");
    const narrow = quoteOf("北京 called it 抗美援朝");
    await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Wide", ...wide });
    const second = await createResponse(bob.id, { assignmentId: assignment.id, position: 1, body: "Narrow", ...narrow });
    const hidden = await createResponse(bob.id, { assignmentId: assignment.id, position: 1, body: "Hidden", ...narrow });
    await db.post.update({ where: { id: hidden.id }, data: { status: "HIDDEN" } });
    const view = await getSectionView(teacher.id, assignment.id, 1, { passage: { start: Number(narrow.quoteStart), end: Number(narrow.quoteEnd) } });
    expect(view!.passages.heat).toEqual([
      { start: Number(wide.quoteStart), end: Number(narrow.quoteStart), count: 1 },
      { start: Number(narrow.quoteStart), end: Number(narrow.quoteEnd), count: 2 },
    ]);
    expect(view!.openPassage!.text).toBe(narrow.quoteText);
    expect(view!.openPassage!.posts.map((post) => post.body).sort()).toEqual(["Narrow", "Wide"]);
    expect(view!.openPassage!.posts.map((post) => post.id)).toContain(second.id);
  });

  it("names nobody to classmates in the quoting posts under anonymity", async () => {
    const { assignment, alice, bob } = await debate({ anonymity: "ANONYMOUS" });
    const narrow = quoteOf("抗美援朝");
    await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Mine", ...narrow });
    const view = await getSectionView(bob.id, assignment.id, 1, { passage: { start: Number(narrow.quoteStart), end: Number(narrow.quoteEnd) } });
    const json = JSON.stringify(view!.openPassage);
    expect(view!.openPassage!.posts).toHaveLength(1);
    expect(json).not.toContain(alice.name);
    expect(json).not.toContain(alice.email);
    expect(json).not.toContain(alice.id);
  });

  it("offers the section's sentences for keyboard quoting, each matching the text", async () => {
    const { assignment, alice } = await debate();
    const view = await getSectionView(alice.id, assignment.id, 1);
    expect(view!.passages.sentences.map((sentence) => sentence.text)).toEqual([
      "The war began on 25 June 1950.",
      "평양 called it a war of liberation; 北京 called it 抗美援朝.",
      "The armistice came in 1953.",
    ]);
    for (const sentence of view!.passages.sentences) expect(TEXT.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe("editing the argument", () => {
  it("changes a response's stance, kind and sources, keeping a revision only when the text changes", async () => {
    const { assignment, alice } = await debate();
    const { id } = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Claim", stance: "SUPPORTS", kind: "CLAIM" });
    await editPost(alice.id, {
      postId: id,
      body: "Claim",
      stance: "COMPLICATES",
      kind: "EVIDENCE",
      "sources.0.title": "S/RES/84 (1950)",
      "sources.0.url": "https://undocs.org/S/RES/84(1950)",
    });
    const row = await db.post.findUniqueOrThrow({ where: { id }, include: { sources: true, revisions: true } });
    expect(row).toMatchObject({ stance: "COMPLICATES", kind: "EVIDENCE", body: "Claim" });
    expect(row.editedAt).not.toBeNull();
    expect(row.sources.map((source) => source.title)).toEqual(["S/RES/84 (1950)"]);
    expect(row.revisions).toHaveLength(0);

    await editPost(alice.id, { postId: id, body: "A better claim", stance: "", kind: "" });
    const cleared = await db.post.findUniqueOrThrow({ where: { id }, include: { sources: true, revisions: true } });
    expect(cleared).toMatchObject({ stance: null, kind: null, body: "A better claim" });
    expect(cleared.sources).toEqual([]);
    expect(cleared.revisions.map((revision) => revision.body)).toEqual(["Claim"]);
  });

  it("refuses to drop a required stance or to leave evidence without a source, changing nothing", async () => {
    const { assignment, alice } = await debate({ stanceRequired: true });
    const { id } = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Claim", stance: "SUPPORTS" });
    await expect(editPost(alice.id, { postId: id, body: "Claim", stance: "" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { stance: [expect.stringMatching(/take a stance/)] },
    });
    await expect(editPost(alice.id, { postId: id, body: "Claim", stance: "SUPPORTS", kind: "EVIDENCE" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { sources: [expect.stringMatching(/at least one source/)] },
    });
    expect(await db.post.findUniqueOrThrow({ where: { id } })).toMatchObject({ stance: "SUPPORTS", kind: null, editedAt: null });
  });

  it("changes a reply's counter or agree, and never gives a reply a stance", async () => {
    const { assignment, alice, bob } = await debate();
    const response = await createResponse(alice.id, { assignmentId: assignment.id, position: 1, body: "Claim" });
    const reply = await createReply(bob.id, { parentId: response.id, body: "Hm", replyKind: "AGREE" });
    await editPost(bob.id, { postId: reply.id, body: "Hm", replyKind: "COUNTER", stance: "CHALLENGES" });
    expect(await db.post.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ replyKind: "COUNTER", stance: null });
    await expect(editPost(alice.id, { postId: reply.id, body: "Mine now", replyKind: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
