import type { ParticipationScore } from "@/lib/grading/score";

// A grade's total: the participation score (when on) plus the rubric's chosen levels (when one is
// attached), unless the teacher overrode it. Pure, shared by the grading view, the student's card
// and the gradebook.

export type RubricLevel = { label: string; points: number; description: string };
export type RubricCriterion = { title: string; levels: RubricLevel[] };

export type RubricChoice = { criterion: string; level: RubricLevel | null; max: number };

export type GradeTotal = {
  /** null when nothing can be computed yet (no participation score, no rubric chosen, no override). */
  total: number | null;
  max: number;
  computed: number | null;
  overridden: boolean;
  rubric: { earned: number; max: number; choices: RubricChoice[] } | null;
};

export function rubricMax(criteria: RubricCriterion[]): number {
  return criteria.reduce((sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => level.points)), 0);
}

/** The chosen level of each criterion; an index the rubric no longer has counts as not chosen. */
export function rubricChoices(criteria: RubricCriterion[], levels: (number | null)[]): RubricChoice[] {
  return criteria.map((criterion, index) => {
    const chosen = levels[index];
    return {
      criterion: criterion.title,
      level: chosen === null || chosen === undefined ? null : (criterion.levels[chosen] ?? null),
      max: Math.max(0, ...criterion.levels.map((level) => level.points)),
    };
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function gradeTotal(input: {
  participation: ParticipationScore | null;
  rubric: RubricCriterion[] | null;
  levels: (number | null)[];
  overridePoints: number | null;
}): GradeTotal {
  const choices = input.rubric ? rubricChoices(input.rubric, input.levels) : null;
  const rubric = choices ? { earned: round2(choices.reduce((sum, c) => sum + (c.level?.points ?? 0), 0)), max: rubricMax(input.rubric!), choices } : null;
  const max = round2((input.participation?.max ?? 0) + (rubric?.max ?? 0));
  const anyRubricChoice = choices?.some((choice) => choice.level !== null) ?? false;
  const computed = input.participation || anyRubricChoice ? round2((input.participation?.total ?? 0) + (rubric?.earned ?? 0)) : null;
  const overridden = input.overridePoints !== null;
  return { total: overridden ? input.overridePoints : computed, max, computed, overridden, rubric };
}
