import { z } from "zod";
import { blankToUndefined, checkboxSchema as Checkbox, formNumber, idSchema, isStorableTime, lineText } from "@/lib/validation";
import { ModerationAction } from "@/lib/generated/prisma/enums";
import { SectionPosition } from "@/lib/discussion/schemas";

export const REASON_MAX_LENGTH = 500;

export const Reason = lineText("Give a reason.")
  .min(1, "Give a reason.")
  .max(REASON_MAX_LENGTH, `Keep the reason under ${REASON_MAX_LENGTH} characters.`);

const OptionalReason = lineText("Give a reason.")
  .max(REASON_MAX_LENGTH, `Keep the reason under ${REASON_MAX_LENGTH} characters.`)
  .optional()
  .transform((value) => value || null);

export const PostTarget = z.object({ postId: idSchema });
export const PostWithReason = z.object({ postId: idSchema, reason: Reason });

// Checkbox lists arrive as one comma-separated field from forms, or an array from code.
const IdList = z
  .union([z.array(idSchema), z.string().transform((value) => value.split(",").filter(Boolean))])
  .pipe(z.array(idSchema).min(1, "Choose at least one post.").max(200, "Approve at most 200 posts at a time."));

export const BulkApproveInput = z.object({ classroomId: idSchema, postIds: IdList });

export const SectionTarget = z.object({ assignmentId: idSchema, position: SectionPosition });
export const LockSectionInput = SectionTarget.extend({ reason: Reason });

// Up to 90 days; longer than that is removal from the class, not a mute.
export const MUTE_MAX_MINUTES = 90 * 24 * 60;
export const MuteInput = z.object({
  membershipId: idSchema,
  minutes: formNumber(
    z.number({ error: "Choose how long." }).int("Choose how long.").min(1, "Choose how long.").max(MUTE_MAX_MINUTES, "A mute lasts at most 90 days."),
  ),
  reason: OptionalReason,
});
export const UnmuteInput = z.object({ membershipId: idSchema });

export const ReportInput = z.object({ postId: idSchema, reason: Reason });

const Anonymity = z.enum(["NAMED", "ANONYMOUS", "PSEUDONYMOUS"], { error: "Choose how classmates see authors." });

export const ClassSettingsInput = z.object({
  classroomId: idSchema,
  approvalRequired: Checkbox,
  anonymity: Anonymity,
  reportThreshold: formNumber(
    z.number({ error: "Enter a number of reports." }).int("Enter a whole number of reports.").min(1, "At least 1 report.").max(100, "At most 100 reports."),
  ),
  // Optional: a form or client that does not send it leaves the teacher's choice as it was.
  departedPosts: z.enum(["KEEP", "REMOVE"], { error: "Choose what happens to a departed member's posts." }).optional(),
  tasMayGrade: Checkbox,
});

const Inherit = z.literal("inherit").transform(() => null);
export const AssignmentSettingsInput = z.object({
  assignmentId: idSchema,
  approvalRequired: z.union([Inherit, z.literal("on").transform(() => true), z.literal("off").transform(() => false)], {
    error: "Choose whether posts need approval.",
  }),
  anonymity: z.union([Inherit, Anonymity], { error: "Choose how classmates see authors." }),
  slowModeSeconds: formNumber(
    z
      .number({ error: "Enter seconds between posts." })
      .int("Enter whole seconds.")
      .min(0, "Slow mode cannot be negative.")
      .max(7 * 24 * 3600, "Slow mode is at most a week."),
  ),
  postFirst: Checkbox,
  stanceRequired: Checkbox,
});

// Every action can be filtered on, including ones added to the enum later.
export const AUDIT_ACTIONS = Object.values(ModerationAction);

const Day = z.iso.date("Use a date like 2026-03-01.").refine((day) => isStorableTime(new Date(day)), "Use a date between 1970 and 9999.");

export const AuditFilterInput = z.object({
  action: z.preprocess(blankToUndefined, z.enum(ModerationAction, { error: "Unknown action." }).optional()),
  student: z.preprocess(blankToUndefined, idSchema.optional()),
  from: z.preprocess(blankToUndefined, Day.optional()),
  to: z.preprocess(blankToUndefined, Day.optional()),
});
export type AuditFilter = z.infer<typeof AuditFilterInput>;
