import { z } from "zod";
import type { Stance } from "@/lib/generated/prisma/enums";

// The debate view's ?stance= filter. "none" is responses that take no stance.
export const STANCE_FILTERS = ["supports", "challenges", "complicates", "none"] as const;
export type StanceFilter = (typeof STANCE_FILTERS)[number];

const StanceFilterParam = z.enum(STANCE_FILTERS);

/** The filter from a query parameter; anything unknown (a stale or mistyped link) shows them all. */
export function parseStanceFilter(value: unknown): StanceFilter | null {
  const parsed = StanceFilterParam.safeParse(typeof value === "string" ? value.toLowerCase() : value);
  return parsed.success ? parsed.data : null;
}

export function stanceOfFilter(filter: StanceFilter): Stance | null {
  return filter === "none" ? null : (filter.toUpperCase() as Stance);
}

export function filterOfStance(stance: Stance | null): StanceFilter {
  return stance === null ? "none" : (stance.toLowerCase() as StanceFilter);
}
