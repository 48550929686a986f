import { describe, expect, it } from "vitest";
import { assessProgress, describeProgress, type AuthoredPost, type Requirements } from "@/lib/assignments/requirements";
import { countWords } from "@/lib/assignments/words";

const ME = "me";
const due = new Date("2026-03-01T12:00:00Z");
const before = new Date("2026-02-28T12:00:00Z");
const after = new Date("2026-03-02T12:00:00Z");

function post(overrides: Partial<AuthoredPost> = {}): AuthoredPost {
  return {
    sectionId: "s1",
    status: "PUBLISHED",
    replyToAuthorId: null,
    isReply: false,
    body: "one two three four five",
    createdAt: before,
    late: false,
    ...overrides,
  };
}
const reply = (to: string, overrides: Partial<AuthoredPost> = {}) => post({ isReply: true, replyToAuthorId: to, ...overrides });
const req = (minResponses: number, minReplies: number, minWords = 0): Requirements => ({ minResponses, minReplies, minWords });
const assess = (requirements: Requirements, posts: AuthoredPost[], now = before) =>
  assessProgress(ME, requirements, posts, { dueAt: due, now });

describe("requirement counting", () => {
  it("is not started with no posts, in progress part way, met when every minimum is reached", () => {
    expect(assess(req(2, 1), []).status).toBe("NOT_STARTED");
    const partway = assess(req(2, 1), [post(), reply("classmate")]);
    expect(partway).toMatchObject({ status: "IN_PROGRESS", responses: { done: 1, required: 2 }, replies: { done: 1, required: 1 } });
    expect(assess(req(2, 1), [post(), post({ sectionId: "s2" }), reply("classmate")]).status).toBe("MET");
  });

  it("counts only published posts", () => {
    const hidden = ["DELETED", "PENDING", "REJECTED", "HIDDEN"] as const;
    const progress = assess(req(1, 1), hidden.flatMap((status) => [post({ status }), reply("classmate", { status })]));
    expect(progress).toMatchObject({ status: "NOT_STARTED", responses: { done: 0 }, replies: { done: 0 } });
  });

  it("counts a reply only when it answers a classmate", () => {
    const progress = assess(req(0, 2), [reply(ME), reply("classmate"), reply("other")]);
    expect(progress.replies.done).toBe(2);
    expect(assess(req(0, 1), [reply(ME)]).status).toBe("IN_PROGRESS");
  });

  it("counts a response only with enough words, and says how many fell short", () => {
    const progress = assess(req(2, 0, 5), [post({ body: "Too short, sorry." }), post({ body: "Now this one has five words." })]);
    expect(progress).toMatchObject({ status: "IN_PROGRESS", responses: { done: 1, required: 2 }, shortResponses: 1 });
  });

  it("lists the sections answered, once each", () => {
    const progress = assess(req(1, 0), [post({ sectionId: "s1" }), post({ sectionId: "s3" }), post({ sectionId: "s1" }), reply("x", { sectionId: "s2" })]);
    expect(progress.answeredSectionIds).toEqual(["s1", "s3"]);
  });

  it("marks late posts and an overdue assignment", () => {
    expect(assess(req(1, 0), [post({ createdAt: after })], after).postedLate).toBe(true);
    expect(assess(req(1, 0), [post({ late: true })]).postedLate).toBe(true);
    expect(assess(req(1, 0), [post()], after)).toMatchObject({ postedLate: false, overdue: false });
    expect(assess(req(1, 0), [], after).overdue).toBe(true);
    expect(assess(req(1, 0), [], before).overdue).toBe(false);
    expect(assessProgress(ME, req(1, 0), [], { dueAt: null, now: after }).overdue).toBe(false);
  });

  it("is met by any post when the assignment sets no minimum", () => {
    expect(assess(req(0, 0), []).status).toBe("NOT_STARTED");
    expect(assess(req(0, 0), [reply(ME)]).status).toBe("MET");
  });

  it("describes progress in words", () => {
    expect(describeProgress(assess(req(3, 2), [post(), post(), reply("c")]))).toBe("2 of 3 responses, 1 of 2 replies");
    expect(describeProgress(assess(req(1, 0), [post()]))).toBe("1 of 1 response, 0 replies");
  });
});

describe("word counting", () => {
  it.each([
    ["", 0],
    ["   \n\t", 0],
    ["The armistice was signed in 1953.", 6],
    ["don't stop at the 38th-parallel", 5],
    ["**Bold** _claim_ — see [this](https://example.org/page) or https://x.org", 5],
    ["한국 전쟁은 1950년에", 3],
    ["抗美援朝", 4],
    ["Café naïve e\u0301lan", 3],
    ["😀 🎉 --- ***", 0],
  ])("%j has %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
