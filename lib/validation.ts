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

export const idSchema = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i, "Unknown id.");

// A checkbox: absent from a form when unchecked, "on" when checked; booleans from code.
export const checkboxSchema = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

// Forms send "" for a field left empty or an unanswered choice.
export const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
