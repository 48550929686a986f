import "server-only";
import { db } from "@/lib/db";

// What every viewer of a section sees alike (its text laid out, passage heat, contested claims,
// the response count), computed once per change instead of once per request (ADR 0018).
// An entry is good while the section's `discussionVersion` (read in the access query each request
// already makes, and raised by database triggers on every change to its posts or claims) and its
// text are what they were. So an instance never trusts its memory over the database: a post
// written through another instance raises the version, and this one recomputes on its next read.

// Bounds memory: a few hundred sections are read at once even in a big school; past this the
// oldest entry goes (a miss costs the three queries the entry saves).
export const MAX_CACHED_SECTIONS = 500;

type Entry = { version: number; body: string; value: Promise<unknown> };

// On globalThis so that every bundle of the server shares one cache.
const globalForSections = globalThis as unknown as { sectionCache?: Map<string, Entry> };
const entries = (globalForSections.sectionCache ??= new Map<string, Entry>());

/**
 * The cached value of one part of a page (`part` names it) for this section at this version and text, or `load()`'s (then kept).
 * The version was read before `load` runs, so what is stored is never older than its version says.
 */
export function cachedSectionData<T>(
  key: { part: string; assignmentId: string; sectionId: string; version: number; body: string },
  load: () => Promise<T>,
): Promise<T> {
  const id = `${key.part}:${key.assignmentId}:${key.sectionId}`;
  const entry = entries.get(id);
  if (entry && entry.version === key.version && entry.body === key.body) {
    // Most recently used last, so the oldest is the first to go.
    entries.delete(id);
    entries.set(id, entry);
    return entry.value as Promise<T>;
  }
  // A request still holding an older version must not replace a newer entry.
  if (entry && entry.version > key.version) return load();
  const value = load();
  entries.delete(id);
  entries.set(id, { version: key.version, body: key.body, value });
  // A failed load (the database away) is not kept: the next request tries again.
  value.catch(() => {
    if (entries.get(id)?.value === value) entries.delete(id);
  });
  while (entries.size > MAX_CACHED_SECTIONS) entries.delete(entries.keys().next().value!);
  return value;
}

/**
 * The cached value of one part of a page built from all of an assignment's posts (the teacher's
 * dashboard, the class's scores), or `load()`'s. The key is every assigned section's version (one
 * small statement per call; their sum orders entries) plus `variant`, whatever else the value
 * depends on that no post change raises a version for.
 */
export async function cachedAssignmentData<T>(part: string, assignmentId: string, variant: string, load: () => Promise<T>): Promise<T> {
  const [{ version, versions }] = await db.$queryRaw<[{ version: number; versions: string | null }]>`
    SELECT coalesce(sum("discussionVersion"), 0)::int AS version,
      string_agg("sectionId" || ':' || "discussionVersion", ',' ORDER BY "sectionId") AS versions
    FROM "AssignmentSection" WHERE "assignmentId" = ${assignmentId}`;
  return cachedSectionData({ part, assignmentId, sectionId: "*", version, body: `${versions}|${variant}` }, load);
}

/** Forgets every entry (tests). */
export function clearSectionCache(): void {
  entries.clear();
}
