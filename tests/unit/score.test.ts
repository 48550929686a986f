import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { describeScore, scoreParticipation, type ScoreAssignment, type ScoredPost, type ScoreSettings } from "@/lib/grading/score";
import { GradingSettingsInput } from "@/lib/grading/schemas";
import { gradeTotal, rubricMax } from "@/lib/grading/total";

const due = new Date("2026-03-01T12:00:00Z");
const before = new Date("2026-02-28T12:00:00Z");
const after = new Date("2026-03-02T12:00:00Z");

const assignment: ScoreAssignment = {
  requirements: { minResponses: 2, minReplies: 1, minWords: 5 },
  sectionIds: ["s1", "s2", "s3"],
  dueAt: due,
  latePolicy: "ACCEPT_LATE",
};
const settings: ScoreSettings = { maxPoints: 10, weights: { requirements: 40, quality: 30, spread: 15, timing: 15 }, latePenaltyPercent: 50 };

function post(overrides: Partial<ScoredPost> = {}): ScoredPost {
  return {
    isReply: false,
    sectionId: "s1",
    status: "PUBLISHED",
    words: 10,
    repliesToClassmate: false,
    quotesText: false,
    sourceCount: 0,
    tookStance: false,
    repliesReceived: 0,
    teacherPick: false,
    createdAt: before,
    late: false,
    ...overrides,
  };
}
const reply = (overrides: Partial<ScoredPost> = {}) => post({ isReply: true, repliesToClassmate: true, ...overrides });
const part = (posts: ScoredPost[], key: string, s = settings) => scoreParticipation(assignment, s, posts).parts.find((p) => p.key === key)!;

describe("participation score", () => {
  it("is zero without posts and full marks for a complete, on-time, well-argued contribution", () => {
    expect(scoreParticipation(assignment, settings, []).total).toBe(0);
    const full = [
      post({ sectionId: "s1", quotesText: true, tookStance: true, repliesReceived: 1, sourceCount: 1 }),
      post({ sectionId: "s2", quotesText: true, tookStance: true, repliesReceived: 1 }),
      reply({ sectionId: "s3" }),
    ];
    const score = scoreParticipation(assignment, settings, full);
    expect(score.total).toBe(10);
    expect(describeScore(score)).toBe("Requirements 4/4 · Argument quality 3/3 · Spread 1.5/1.5 · Timing 1.5/1.5");
  });

  it("counts only published posts, responses with enough words and replies to classmates", () => {
    const counted = part([post(), post({ status: "HIDDEN" }), post({ words: 2 }), reply({ repliesToClassmate: false })], "requirements");
    expect(counted.details).toEqual([
      { label: "Responses of 5+ words", count: 1, target: 2 },
      { label: "Replies to classmates", count: 0, target: 1 },
    ]);
    expect(counted.earned).toBe(1);
  });

  it("rewards spread across the assigned sections only", () => {
    expect(part([post({ sectionId: "s1" }), post({ sectionId: "s1" })], "spread").earned).toBe(0.75);
    expect(part([post({ sectionId: "s1" }), post({ sectionId: "elsewhere" })], "spread").earned).toBe(0.75);
    expect(part([post({ sectionId: "s1" }), post({ sectionId: "s2" })], "spread").earned).toBe(1.5);
  });

  it("takes the teacher's late penalty off late posts' timing credit", () => {
    const onTime = [post(), post(), reply()];
    const late = [post(), post({ createdAt: after }), reply({ late: true })];
    expect(part(onTime, "timing").earned).toBe(1.5);
    expect(part(late, "timing").earned).toBe(1); // (1 + 2 × 50%) / 3 of 1.5
    expect(part(late, "timing", { ...settings, latePenaltyPercent: 0 }).earned).toBe(1.5);
    expect(part(late, "timing", { ...settings, latePenaltyPercent: 100 }).earned).toBe(0.5);
  });

  it("drops parts weighted zero from the breakdown and refuses weights that sum to zero", () => {
    const noTiming = scoreParticipation(assignment, { ...settings, weights: { requirements: 1, quality: 0, spread: 0, timing: 0 } }, [post(), post(), reply()]);
    expect(noTiming.parts.map((p) => p.key)).toEqual(["requirements"]);
    expect(noTiming.total).toBe(10);
    expect(() => scoreParticipation(assignment, { ...settings, weights: { requirements: 0, quality: 0, spread: 0, timing: 0 } }, [])).toThrow(RangeError);
    const zero = GradingSettingsInput.safeParse({
      assignmentId: "a1",
      maxPoints: "10",
      weightRequirements: "0",
      weightQuality: "0",
      weightSpread: "0",
      weightTiming: "0",
      latePenaltyPercent: "0",
    });
    expect(zero.success).toBe(false);
    expect(zero.error?.issues[0]?.message).toBe("Give at least one part a weight above zero.");
  });
});

const postArbitrary = fc.record({
  isReply: fc.boolean(),
  sectionId: fc.constantFrom("s1", "s2", "s3", "elsewhere"),
  status: fc.constantFrom("PUBLISHED", "PUBLISHED", "PENDING", "HIDDEN", "DELETED") as fc.Arbitrary<ScoredPost["status"]>,
  words: fc.nat({ max: 30 }),
  repliesToClassmate: fc.boolean(),
  quotesText: fc.boolean(),
  sourceCount: fc.nat({ max: 3 }),
  tookStance: fc.boolean(),
  repliesReceived: fc.nat({ max: 4 }),
  teacherPick: fc.boolean(),
  createdAt: fc.constantFrom(before, after),
  late: fc.boolean(),
});
const settingsArbitrary = fc
  .record({
    maxPoints: fc.integer({ min: 1, max: 1000 }),
    weights: fc.record({ requirements: fc.nat({ max: 100 }), quality: fc.nat({ max: 100 }), spread: fc.nat({ max: 100 }), timing: fc.nat({ max: 100 }) }),
    latePenaltyPercent: fc.nat({ max: 100 }),
  })
  .filter(({ weights }) => weights.requirements + weights.quality + weights.spread + weights.timing > 0);
const assignmentArbitrary = fc.record({
  requirements: fc.record({ minResponses: fc.nat({ max: 5 }), minReplies: fc.nat({ max: 5 }), minWords: fc.nat({ max: 20 }) }),
  sectionIds: fc.constantFrom(["s1"], ["s1", "s2"], ["s1", "s2", "s3"]),
  dueAt: fc.constantFrom(due, null),
  latePolicy: fc.constantFrom("ACCEPT_LATE", "CLOSE_AT_DUE") as fc.Arbitrary<ScoreAssignment["latePolicy"]>,
});

describe("participation score properties", () => {
  it("stays within [0, max], and each part within [0, its points]", () => {
    fc.assert(
      fc.property(assignmentArbitrary, settingsArbitrary, fc.array(postArbitrary, { maxLength: 20 }), (a, s, posts) => {
        const score = scoreParticipation(a, s, posts);
        expect(score.total).toBeGreaterThanOrEqual(0);
        expect(score.total).toBeLessThanOrEqual(s.maxPoints);
        for (const p of score.parts) expect(p.earned).toBeLessThanOrEqual(p.possible);
      }),
    );
  });

  it("never goes down when a qualifying post is added", () => {
    fc.assert(
      fc.property(assignmentArbitrary, settingsArbitrary, fc.array(postArbitrary, { maxLength: 20 }), postArbitrary, (a, s, posts, extra) => {
        const without = scoreParticipation(a, s, posts).total;
        const withIt = scoreParticipation(a, s, [...posts, extra]).total;
        expect(withIt).toBeGreaterThanOrEqual(without);
      }),
    );
  });

  it("ignores posts that are not published", () => {
    fc.assert(
      fc.property(assignmentArbitrary, settingsArbitrary, fc.array(postArbitrary, { maxLength: 20 }), postArbitrary, (a, s, posts, extra) => {
        const unpublished = { ...extra, status: "HIDDEN" as const };
        expect(scoreParticipation(a, s, [...posts, unpublished])).toEqual(scoreParticipation(a, s, posts));
      }),
    );
  });
});

describe("grade total", () => {
  const rubric = [
    { title: "Evidence", levels: [{ label: "None", points: 0, description: "" }, { label: "Strong", points: 4, description: "" }] },
    { title: "Clarity", levels: [{ label: "Unclear", points: 1, description: "" }, { label: "Clear", points: 2, description: "" }] },
  ];
  it("adds the rubric's chosen levels to the participation score, unless overridden", () => {
    expect(rubricMax(rubric)).toBe(6);
    const participation = { total: 7.5, max: 10, parts: [] };
    const total = gradeTotal({ participation, rubric, levels: [1, 0], overridePoints: null });
    expect(total).toMatchObject({ total: 12.5, max: 16, computed: 12.5, overridden: false });
    expect(gradeTotal({ participation, rubric, levels: [1, 0], overridePoints: 3 })).toMatchObject({ total: 3, computed: 12.5, overridden: true });
  });
  it("has no total before anything is chosen, and ignores a level the rubric no longer has", () => {
    expect(gradeTotal({ participation: null, rubric, levels: [], overridePoints: null }).total).toBeNull();
    expect(gradeTotal({ participation: null, rubric, levels: [7, 1], overridePoints: null }).total).toBe(2);
  });
});
