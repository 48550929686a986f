import "server-only";
import { db } from "@/lib/db";
import type { ScoreSettings } from "@/lib/grading/score";
import { RubricCriteria } from "@/lib/grading/schemas";

// An assignment's grading configuration; an assignment nobody has configured has the defaults.

export type RubricView = { id: string; title: string; criteria: RubricCriteria };

export type GradingConfig = {
  participation: boolean;
  settings: ScoreSettings;
  rubric: RubricView | null;
  releasedAt: Date | null;
};

export const DEFAULT_SETTINGS: ScoreSettings = { maxPoints: 10, weights: { requirements: 40, quality: 30, spread: 15, timing: 15 }, latePenaltyPercent: 0 };

/** Stored criteria are checked again on the way out, so a bad row cannot reach a page. */
export function parseCriteria(value: unknown): RubricCriteria {
  const parsed = RubricCriteria.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export async function loadGradingConfig(assignmentId: string): Promise<GradingConfig> {
  const row = await db.assignmentGrading.findUnique({
    where: { assignmentId },
    select: {
      participation: true,
      maxPoints: true,
      weightRequirements: true,
      weightQuality: true,
      weightSpread: true,
      weightTiming: true,
      latePenaltyPercent: true,
      releasedAt: true,
      rubric: { select: { id: true, title: true, criteria: true } },
    },
  });
  if (!row) return { participation: false, settings: DEFAULT_SETTINGS, rubric: null, releasedAt: null };
  return {
    participation: row.participation,
    settings: {
      maxPoints: row.maxPoints,
      weights: { requirements: row.weightRequirements, quality: row.weightQuality, spread: row.weightSpread, timing: row.weightTiming },
      latePenaltyPercent: row.latePenaltyPercent,
    },
    rubric: row.rubric ? { ...row.rubric, criteria: parseCriteria(row.rubric.criteria) } : null,
    releasedAt: row.releasedAt,
  };
}
