import { z } from "zod";
import { blankToUndefined, booleanChoice, checkboxSchema, formNumber, idSchema, isStorableTime } from "@/lib/validation";

// An assignment's terms, the same when assigning and when editing: times arrive as ISO strings
// built in the teacher's browser from their local time.
const IsoTime = z.iso
  .datetime({ offset: true, error: "Enter a date and time." })
  .transform((value) => new Date(value))
  .refine(isStorableTime, "Enter a date between 1970 and 9999.");
const OptionalTime = z.preprocess(blankToUndefined, IsoTime.optional()).transform((value) => value ?? null);
const Minimum = (label: string) =>
  formNumber(
    z
      .number({ error: `${label} must be a number.` })
      .int(`${label} must be a whole number.`)
      .min(0, `${label} can't be negative.`)
      .max(1000, `${label} must be at most 1000.`)
      .default(0),
  );

const AssignmentTerms = z.object({
  /** Blank: opens now. */
  opensAt: OptionalTime,
  /** Blank: no due time. */
  dueAt: OptionalTime,
  latePolicy: z.enum(["ACCEPT_LATE", "CLOSE_AT_DUE"], { message: "Choose a late policy." }).default("ACCEPT_LATE"),
  minResponses: Minimum("Minimum responses"),
  minReplies: Minimum("Minimum replies"),
  minWords: Minimum("Minimum words"),
  postFirst: checkboxSchema,
  stanceRequired: checkboxSchema,
  /** Section ids to include; absent means every section. */
  sectionIds: z.array(idSchema).max(1000).optional(),
});

type Terms = z.infer<typeof AssignmentTerms>;

function checkTerms(input: Terms, ctx: z.RefinementCtx) {
  const opens = input.opensAt ?? new Date();
  if (input.dueAt && input.dueAt <= opens) {
    ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due time must be after the opening time." });
  }
  if (input.sectionIds && input.sectionIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["sectionIds"], message: "Include at least one section." });
  }
}

export const AssignReadingInput = AssignmentTerms.extend({ classroomId: idSchema, readingId: idSchema }).superRefine(checkTerms);

export const EditAssignmentInput = AssignmentTerms.extend({ assignmentId: idSchema }).superRefine(checkTerms);

export const DeleteAssignmentInput = z.object({
  assignmentId: idSchema,
  confirm: z.literal("on", { error: "Tick the box to confirm that the posts go too." }),
});

export const ArchiveAssignmentInput = z.object({ assignmentId: idSchema, archived: booleanChoice });

/** Each included section is a form checkbox named "section:<id>". */
export function checkedSectionIds(input: Record<string, string>): string[] {
  return Object.keys(input)
    .filter((key) => key.startsWith("section:"))
    .map((key) => key.slice("section:".length));
}
