import { z } from "zod";
import { AppError } from "@/lib/errors";

// Parses input at a boundary; a failure becomes an INVALID AppError with per-field messages.
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = z.flattenError(result.error).fieldErrors as Record<string, string[]>;
  const first = result.error.issues[0]?.message ?? "Invalid input.";
  throw new AppError("INVALID", first, fieldErrors);
}

const ID_PATTERN = /^[a-z0-9]{1,64}$/i;

export const idSchema = z.string({ error: "Unknown id." }).trim().regex(ID_PATTERN, "Unknown id.");

/** Ids from URLs reach queries unparsed; one that cannot be an id matches nothing. */
export function isId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

// ---------------------------------------------------------------------------------------------------
// Text: every field people type into uses one of these (ADR 0009). PostgreSQL refuses U+0000, and a
// lone UTF-16 surrogate would be stored as U+FFFD, so both are refused with a message. Other control
// characters are invisible leftovers of copy and paste, so they are dropped.

export const NUL_MESSAGE = "Remove the invisible NUL character (U+0000) from this text.";
export const BROKEN_CHARACTER_MESSAGE = "This text has a broken character (half of an emoji or symbol). Retype it.";

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
const STRAY_CONTROLS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A string that can be stored exactly as sent: nothing is trimmed or dropped (passwords, quotes). */
export function storableText(error: string) {
  return z
    .string({ error })
    .refine((value) => !value.includes("\u0000"), NUL_MESSAGE)
    .refine((value) => value.isWellFormed(), BROKEN_CHARACTER_MESSAGE);
}

/** One line (a name, a title): line breaks and tabs become spaces; trimmed. */
export function lineText(error: string) {
  return storableText(error)
    .overwrite((value) =>
      value
        .replace(STRAY_CONTROLS, "")
        // Split and join rather than one regex around the breaks: that would backtrack over long runs of spaces.
        .split(/[\t\r\n]+/)
        .map((part) => part.trim())
        .join(" "),
    )
    .trim();
}

/** Text with line breaks (a post, a note, a question); trimmed. */
export function multilineText(error: string) {
  return storableText(error)
    .overwrite((value) => value.replace(STRAY_CONTROLS, ""))
    .trim();
}

// ---------------------------------------------------------------------------------------------------
// Other values from forms and JSON.

// Forms send numbers as text and code sends numbers. Nothing else counts as one: not true, [5],
// "0x10" or "Infinity", which JavaScript's Number() would all turn into numbers. A blank field (or
// null) is absent, so the schema's default or "required" message applies.
// Unambiguous, so a long run of digits cannot make it backtrack.
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function formNumber<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (value === null) return undefined;
    if (typeof value !== "string") return value;
    const trimmed = value.trim();
    if (trimmed === "") return undefined;
    return NUMERIC.test(trimmed) ? Number(trimmed) : value;
  }, schema);
}

// Times PostgreSQL and JavaScript agree on; nothing in a class is scheduled outside them.
const EARLIEST_TIME = Date.UTC(1970, 0, 1);
const LATEST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function isStorableTime(date: Date): boolean {
  const time = date.getTime();
  return time >= EARLIEST_TIME && time <= LATEST_TIME;
}

// A checkbox: absent from a form when unchecked, "on" when checked; booleans from code.
export const checkboxSchema = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

// A yes/no choice sent as a hidden field ("true"/"false") or as a boolean from code.
export const booleanChoice = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);

// Forms send "" for a field left empty or an unanswered choice.
export const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
