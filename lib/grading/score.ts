import type { LatePolicy, PostStatus } from "@/lib/generated/prisma/enums";
import type { Requirements } from "@/lib/assignments/requirements";

// The participation score: one pure function of what the server stores, so the teacher's view,
// the student's released grade, the preview and the gradebook CSV all agree (ADR 0017).
//
// Every part is a fraction in [0, 1] built only from counts that a new post can raise and never
// lower, so adding a qualifying post never lowers a score. The parts' points are the teacher's
// weights scaled to maxPoints.

export type ScoreWeights = { requirements: number; quality: number; spread: number; timing: number };

export type ScoreSettings = { maxPoints: number; weights: ScoreWeights; latePenaltyPercent: number };

export type ScoreAssignment = {
  requirements: Requirements;
  /** The assignment's sections; posts elsewhere do not count toward spread. */
  sectionIds: string[];
  dueAt: Date | null;
  latePolicy: LatePolicy;
};

export type ScoredPost = {
  isReply: boolean;
  sectionId: string;
  status: PostStatus;
  words: number;
  /** A reply that answers a classmate's post (not the student's own). */
  repliesToClassmate: boolean;
  quotesText: boolean;
  sourceCount: number;
  tookStance: boolean;
  /** Published replies from classmates. */
  repliesReceived: number;
  teacherPick: boolean;
  createdAt: Date;
  late: boolean;
};

/** A signal counted toward a part, shown as "Quotes 2/2". */
export type ScoreDetail = { label: string; count: number; target: number };

export type ScorePart = { key: keyof ScoreWeights; label: string; earned: number; possible: number; details: ScoreDetail[] };

export type ParticipationScore = { total: number; max: number; parts: ScorePart[] };

const round2 = (value: number) => Math.round(value * 100) / 100;
const ratio = (count: number, target: number) => (target <= 0 ? 1 : Math.min(1, count / target));
const detail = (label: string, count: number, target: number): ScoreDetail => ({ label, count, target });
const share = (details: ScoreDetail[]) => (details.length === 0 ? 0 : details.reduce((sum, d) => sum + ratio(d.count, d.target), 0) / details.length);

type Counted = { responses: ScoredPost[]; counted: ScoredPost[]; classmateReplies: ScoredPost[]; published: ScoredPost[] };

function requirementsPart({ requirements }: ScoreAssignment, { counted, classmateReplies, published }: Counted) {
  const details: ScoreDetail[] = [];
  if (requirements.minResponses > 0) details.push(detail(requirements.minWords > 0 ? `Responses of ${requirements.minWords}+ words` : "Responses", counted.length, requirements.minResponses));
  if (requirements.minReplies > 0) details.push(detail("Replies to classmates", classmateReplies.length, requirements.minReplies));
  // No minimums: taking part at all meets them.
  if (details.length === 0) details.push(detail("Posts", Math.min(published.length, 1), 1));
  return { fraction: share(details), details };
}

function qualityPart({ requirements }: ScoreAssignment, { responses }: Counted) {
  const target = Math.max(requirements.minResponses, 1);
  const details = [
    detail("Quotes", responses.filter((post) => post.quotesText).length, target),
    detail("Evidence with sources", responses.filter((post) => post.sourceCount > 0).length, 1),
    detail("Stances", responses.filter((post) => post.tookStance).length, target),
    detail("Replies received", responses.reduce((sum, post) => sum + post.repliesReceived, 0), target),
  ];
  const picks = detail("Teacher's picks", responses.filter((post) => post.teacherPick).length, 1);
  // A teacher's pick makes up for one missing signal, never more than full marks.
  const fraction = Math.min(1, (share(details) * details.length + ratio(picks.count, picks.target)) / details.length);
  return { fraction, details: [...details, picks] };
}

function spreadPart({ requirements, sectionIds }: ScoreAssignment, { published }: Counted) {
  const assigned = new Set(sectionIds);
  const reached = new Set(published.map((post) => post.sectionId).filter((id) => assigned.has(id))).size;
  const target = Math.min(assigned.size, Math.max(requirements.minResponses, 2));
  const details = [detail("Sections", reached, target)];
  return { fraction: target === 0 ? 0 : ratio(reached, target), details };
}

function timingPart({ requirements, dueAt, latePolicy }: ScoreAssignment, { counted, classmateReplies }: Counted, latePenaltyPercent: number) {
  const isLate = (post: ScoredPost) => post.late || (dueAt !== null && post.createdAt > dueAt);
  const posts = [...counted, ...classmateReplies];
  const late = posts.filter(isLate).length;
  const onTime = posts.length - late;
  // A post after a close-at-due time should not exist; if it does, it earns nothing.
  const lateValue = latePolicy === "CLOSE_AT_DUE" ? 0 : 1 - latePenaltyPercent / 100;
  const target = Math.max(requirements.minResponses + requirements.minReplies, 1);
  const details = [detail("On time", onTime, target), ...(late > 0 ? [detail(`Late (−${latePenaltyPercent}%)`, late, target)] : [])];
  return { fraction: ratio(onTime + late * lateValue, target), details };
}

const LABELS: Record<keyof ScoreWeights, string> = { requirements: "Requirements", quality: "Argument quality", spread: "Spread", timing: "Timing" };

export function scoreParticipation(assignment: ScoreAssignment, settings: ScoreSettings, posts: ScoredPost[]): ParticipationScore {
  const published = posts.filter((post) => post.status === "PUBLISHED");
  const responses = published.filter((post) => !post.isReply);
  const counted: Counted = {
    published,
    responses,
    counted: responses.filter((post) => post.words >= assignment.requirements.minWords),
    classmateReplies: published.filter((post) => post.isReply && post.repliesToClassmate),
  };
  const fractions: Record<keyof ScoreWeights, { fraction: number; details: ScoreDetail[] }> = {
    requirements: requirementsPart(assignment, counted),
    quality: qualityPart(assignment, counted),
    spread: spreadPart(assignment, counted),
    timing: timingPart(assignment, counted, settings.latePenaltyPercent),
  };
  const { weights, maxPoints } = settings;
  const weightSum = weights.requirements + weights.quality + weights.spread + weights.timing;
  // The settings schema refuses this; a caller that skips it gets an error, not NaN points.
  if (!(weightSum > 0)) throw new RangeError("The weights must add up to more than zero.");
  const keys = Object.keys(LABELS) as (keyof ScoreWeights)[];
  const parts = keys
    .filter((key) => weights[key] > 0)
    .map((key) => {
      const possible = (maxPoints * weights[key]) / weightSum;
      return { key, label: LABELS[key], earned: round2(possible * fractions[key].fraction), possible: round2(possible), details: fractions[key].details };
    });
  const exact = keys.reduce((sum, key) => sum + (maxPoints * weights[key] * fractions[key].fraction) / weightSum, 0);
  return { total: Math.min(maxPoints, Math.max(0, round2(exact))), max: maxPoints, parts };
}

/** "Requirements 6/6 · Argument quality 2/3 · …" */
export function describeScore(score: ParticipationScore): string {
  return score.parts.map((part) => `${part.label} ${formatPoints(part.earned)}/${formatPoints(part.possible)}`).join(" · ");
}

export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2).replace(/0$/, "");
}
