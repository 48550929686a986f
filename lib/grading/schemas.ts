import { z } from "zod";
import { blankToUndefined, checkboxSchema, formNumber, idSchema, lineText, multilineText } from "@/lib/validation";

// Grading's boundaries: participation settings, rubrics and grades (ADR 0017).

export const GRADING_LIMITS = { maxPoints: 1000, weight: 100, criteria: 20, levels: 10, levelPoints: 1000, feedback: 5000, title: 200, description: 1000 } as const;

const wholeNumber = (label: string, max: number) =>
  formNumber(
    z
      .number({ error: `Give ${label} as a whole number.` })
      .int(`Give ${label} as a whole number.`)
      .min(0, `${label[0]!.toUpperCase()}${label.slice(1)} cannot be negative.`)
      .max(max, `Keep ${label} at ${max} or less.`),
  );

export const GradingSettingsInput = z
  .object({
    assignmentId: idSchema,
    participation: checkboxSchema,
    maxPoints: wholeNumber("the maximum points", GRADING_LIMITS.maxPoints).pipe(z.number().min(1, "Give at least 1 point.")),
    weightRequirements: wholeNumber("a weight", GRADING_LIMITS.weight),
    weightQuality: wholeNumber("a weight", GRADING_LIMITS.weight),
    weightSpread: wholeNumber("a weight", GRADING_LIMITS.weight),
    weightTiming: wholeNumber("a weight", GRADING_LIMITS.weight),
    latePenaltyPercent: wholeNumber("the late penalty", 100),
    rubricId: z.preprocess(blankToUndefined, idSchema.optional()).transform((value) => value ?? null),
  })
  .refine((input) => input.weightRequirements + input.weightQuality + input.weightSpread + input.weightTiming > 0, {
    path: ["weightRequirements"],
    message: "Give at least one part a weight above zero.",
  });
export type GradingSettingsInput = z.infer<typeof GradingSettingsInput>;

const Level = z.object({
  label: lineText("Name each level.").min(1, "Name each level.").max(GRADING_LIMITS.title, `Keep level names under ${GRADING_LIMITS.title} characters.`),
  points: formNumber(
    z
      .number({ error: "Give each level its points as a number." })
      .min(0, "Points cannot be negative.")
      .max(GRADING_LIMITS.levelPoints, `Keep a level at ${GRADING_LIMITS.levelPoints} points or less.`),
  ),
  description: multilineText("Describe the level.").max(GRADING_LIMITS.description, `Keep descriptions under ${GRADING_LIMITS.description} characters.`).default(""),
});

const Criterion = z.object({
  title: lineText("Name each criterion.").min(1, "Name each criterion.").max(GRADING_LIMITS.title, `Keep criterion names under ${GRADING_LIMITS.title} characters.`),
  levels: z
    .array(Level, { error: "Give each criterion its levels." })
    .min(1, "Give each criterion at least one level.")
    .max(GRADING_LIMITS.levels, `Give a criterion at most ${GRADING_LIMITS.levels} levels.`),
});

export const RubricCriteria = z
  .array(Criterion, { error: "Add at least one criterion." })
  .min(1, "Add at least one criterion.")
  .max(GRADING_LIMITS.criteria, `Keep a rubric to ${GRADING_LIMITS.criteria} criteria.`);
export type RubricCriteria = z.infer<typeof RubricCriteria>;

// Forms send the criteria as one JSON field (the editor builds it); code sends the array.
const CriteriaField = z.preprocess((value) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}, RubricCriteria);

export const RubricInput = z.object({
  title: lineText("Give the rubric a title.").min(1, "Give the rubric a title.").max(GRADING_LIMITS.title, `Keep the title under ${GRADING_LIMITS.title} characters.`),
  criteria: CriteriaField,
});
export const RubricUpdateInput = RubricInput.extend({ rubricId: idSchema });
export const RubricTarget = z.object({ rubricId: idSchema });

// A chosen level per criterion arrives as `level.<criterion index>` = "<level index>" (radio groups).
const LevelIndex = z.preprocess(blankToUndefined, formNumber(z.number().int().min(0).max(GRADING_LIMITS.levels)).optional());

export const GradeInput = z
  .object({
    assignmentId: idSchema,
    studentId: idSchema,
    levels: z.array(LevelIndex.transform((value) => value ?? null)).max(GRADING_LIMITS.criteria).default([]),
    overridePoints: z.preprocess(
      blankToUndefined,
      formNumber(z.number({ error: "Give the override as a number." }).min(0, "An override cannot be below 0.")).optional(),
    ),
    overrideReason: z.preprocess(blankToUndefined, lineText("Give a reason.").max(500, "Keep the reason under 500 characters.").optional()),
    feedback: z.preprocess(
      blankToUndefined,
      multilineText("Write the feedback as text.").max(GRADING_LIMITS.feedback, `Keep feedback under ${GRADING_LIMITS.feedback.toLocaleString("en-US")} characters.`).optional(),
    ),
  })
  .refine((input) => input.overridePoints === undefined || Boolean(input.overrideReason), {
    path: ["overrideReason"],
    message: "Say why you override the score.",
  });
export type GradeInput = z.infer<typeof GradeInput>;

export const ReleaseInput = z.object({ assignmentId: idSchema, released: z.enum(["true", "false"]).transform((value) => value === "true") });

export const GRADEBOOK_FORMATS = ["canvas", "moodle", "google"] as const;
export type GradebookFormat = (typeof GRADEBOOK_FORMATS)[number];
