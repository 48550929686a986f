import { AppError } from "@/lib/errors";

/**
 * The sections an assignment includes: the chosen ones (every section of the reading when none are
 * named), refused when one is not part of the reading.
 */
export function includedSections(readingSectionIds: string[], chosen: string[] | undefined): string[] {
  const own = new Set(readingSectionIds);
  const included = chosen ?? readingSectionIds;
  if (included.some((id) => !own.has(id))) {
    throw new AppError("INVALID", "Those sections are not part of this reading.", { sectionIds: ["Choose sections of this reading."] });
  }
  return [...new Set(included)];
}
