import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { JoinCode } from "@/lib/classes/join-code";
import { blankToUndefined, checkboxSchema, formNumber, idSchema, isStorableTime, lineText } from "@/lib/validation";

export const CreateClassroomInput = z.object({
  name: lineText("Give the class a name.").min(1, "Give the class a name.").max(120, "Keep the class name under 120 characters."),
});

export const JoinClassroomInput = z.object({ code: JoinCode });

// Assigning: times arrive as ISO strings built in the teacher's browser from their local time.
const IsoTime = z.iso
  .datetime({ offset: true, error: "Enter a date and time." })
  .transform((value) => new Date(value))
  .refine(isStorableTime, "Enter a date between 1970 and 9999.");
const Minimum = (label: string) =>
  formNumber(
    z
      .number({ error: `${label} must be a number.` })
      .int(`${label} must be a whole number.`)
      .min(0, `${label} can't be negative.`)
      .max(1000, `${label} must be at most 1000.`)
      .default(0),
  );

export const AssignReadingInput = z
  .object({
    classroomId: idSchema,
    readingId: idSchema,
    opensAt: z.preprocess(blankToUndefined, IsoTime.optional()).transform((value) => value ?? null),
    dueAt: z.preprocess(blankToUndefined, IsoTime.optional()).transform((value) => value ?? null),
    latePolicy: z.enum(["ACCEPT_LATE", "CLOSE_AT_DUE"], { message: "Choose a late policy." }).default("ACCEPT_LATE"),
    minResponses: Minimum("Minimum responses"),
    minReplies: Minimum("Minimum replies"),
    minWords: Minimum("Minimum words"),
    postFirst: checkboxSchema,
    stanceRequired: checkboxSchema,
    /** Section ids to include; absent means every section. */
    sectionIds: z.array(idSchema).max(1000).optional(),
  })
  .superRefine((input, ctx) => {
    const opens = input.opensAt ?? new Date();
    if (input.dueAt && input.dueAt <= opens) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due time must be after the opening time." });
    }
    if (input.sectionIds && input.sectionIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["sectionIds"], message: "Include at least one section." });
    }
  });

export const ClassroomIdInput = z.object({ classroomId: idSchema });
export const RemoveMemberInput = z.object({ classroomId: idSchema, membershipId: idSchema });
export const ChangeRoleInput = RemoveMemberInput.extend({
  role: z.enum(Role, { message: "Choose a role." }),
});
export const ArchiveClassroomInput = ClassroomIdInput.extend({
  archived: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});
