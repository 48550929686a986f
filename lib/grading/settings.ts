import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findAccess, requireAccess } from "@/lib/access";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/moderation/record-audit";
import { loadGradingConfig } from "@/lib/grading/config";
import { listRubrics, type RubricSummary } from "@/lib/grading/rubrics";
import { loadStudents, scoreClass } from "@/lib/grading/participation";
import { GradingSettingsInput } from "@/lib/grading/schemas";
import type { ScoreSettings } from "@/lib/grading/score";

// The teacher's participation settings, with the class's distribution under proposed settings
// before anything is saved (the page's "Preview" is a GET with the proposed values).

export type SettingsValues = Record<keyof Omit<GradingSettingsInput, "assignmentId" | "participation">, string> & { participation: boolean };

export type Distribution = { count: number; min: number; median: number; max: number; outOf: number; buckets: { from: number; to: number; count: number }[]; scores: { name: string; total: number }[] };

export type GradingSettingsView = {
  assignment: { id: string; title: string; classroom: { id: string; name: string } };
  saved: SettingsValues;
  proposed: SettingsValues;
  /** Messages for proposed values that do not parse; no preview then. */
  errors: Record<string, string[] | undefined> | null;
  preview: Distribution | null;
  rubrics: RubricSummary[];
  releasedAt: string | null;
};

function toValues(settings: ScoreSettings, participation: boolean, rubricId: string | null): SettingsValues {
  const { weights } = settings;
  return {
    participation,
    maxPoints: String(settings.maxPoints),
    weightRequirements: String(weights.requirements),
    weightQuality: String(weights.quality),
    weightSpread: String(weights.spread),
    weightTiming: String(weights.timing),
    latePenaltyPercent: String(settings.latePenaltyPercent),
    rubricId: rubricId ?? "",
  };
}

export function toScoreSettings(input: GradingSettingsInput): ScoreSettings {
  return {
    maxPoints: input.maxPoints,
    weights: { requirements: input.weightRequirements, quality: input.weightQuality, spread: input.weightSpread, timing: input.weightTiming },
    latePenaltyPercent: input.latePenaltyPercent,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function distributionOf(scores: { name: string; total: number }[], outOf: number): Distribution {
  const sorted = [...scores].sort((a, b) => a.total - b.total || a.name.localeCompare(b.name));
  const totals = sorted.map((s) => s.total);
  const middle = Math.floor(totals.length / 2);
  const median = totals.length === 0 ? 0 : totals.length % 2 ? totals[middle]! : round2((totals[middle - 1]! + totals[middle]!) / 2);
  const width = outOf / 5;
  const buckets = [0, 1, 2, 3, 4].map((i) => ({ from: round2(i * width), to: round2((i + 1) * width), count: 0 }));
  for (const total of totals) buckets[Math.min(4, Math.floor(total / width))]!.count += 1;
  return { count: totals.length, min: totals[0] ?? 0, median, max: totals.at(-1) ?? 0, outOf, buckets, scores: sorted };
}

/** For the class's teachers; null for everyone else. `query` holds proposed values to preview. */
export async function getGradingSettings(userId: string, assignmentId: string, query: Record<string, string | undefined>): Promise<GradingSettingsView | null> {
  const access = await findAccess(userId, { assignmentId }, { permission: "configure:grading" });
  if (!access) return null;
  const [config, rubrics, students] = await Promise.all([loadGradingConfig(assignmentId), listRubrics(userId), loadStudents(access.classroom.id)]);
  const saved = toValues(config.settings, config.participation, config.rubric?.id ?? null);
  const previewing = query.preview !== undefined;
  const parsed = previewing ? GradingSettingsInput.safeParse({ ...query, assignmentId }) : null;
  const proposedInput = parsed?.success ? parsed.data : null;
  const settings = proposedInput ? toScoreSettings(proposedInput) : config.settings;
  const scores = parsed && !parsed.success ? null : await scoreClass(assignmentId, access.classroom.id, students, settings);
  return {
    assignment: { id: assignmentId, title: access.assignment.reading.title, classroom: { id: access.classroom.id, name: access.classroom.name } },
    saved,
    proposed: proposedInput ? toValues(settings, proposedInput.participation, proposedInput.rubricId) : previewing ? { ...saved, ...query, participation: query.participation === "on" } : saved,
    errors: parsed && !parsed.success ? (z.flattenError(parsed.error).fieldErrors as Record<string, string[]>) : null,
    preview: scores ? distributionOf(students.map((s) => ({ name: s.name, total: scores.get(s.id)!.total })), settings.maxPoints) : null,
    rubrics: rubrics ?? [],
    releasedAt: config.releasedAt?.toISOString() ?? null,
  };
}

export async function updateGradingSettings(userId: string, input: unknown): Promise<void> {
  const parsed = parseInput(GradingSettingsInput, input);
  const { assignmentId, rubricId, ...fields } = parsed;
  const { classroom, assignment } = await requireAccess(userId, { assignmentId }, "configure:grading", { writable: true });
  if (rubricId) {
    // One's own rubric, or the one a co-teacher already attached.
    const usable = await db.rubric.findFirst({ where: { id: rubricId, OR: [{ ownerId: userId }, { gradings: { some: { assignmentId } } }] }, select: { id: true } });
    if (!usable) throw new AppError("INVALID", "Choose one of your rubrics.", { rubricId: ["Choose one of your rubrics."] });
  }
  const data = { ...fields, rubricId };
  await db.$transaction(async (tx) => {
    await tx.assignmentGrading.upsert({ where: { assignmentId }, create: { assignmentId, ...data }, update: data });
    await recordAudit(tx, {
      classroomId: classroom.id,
      actorId: userId,
      action: "CHANGE_GRADING",
      reason:
        `${assignment.reading.title}: participation ${fields.participation ? `on, out of ${fields.maxPoints}` : "off"}; ` +
        `weights ${fields.weightRequirements}/${fields.weightQuality}/${fields.weightSpread}/${fields.weightTiming}; ` +
        `late penalty ${fields.latePenaltyPercent}%; ${rubricId ? "rubric attached" : "no rubric"}`,
    });
  });
}
