import "server-only";

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

/** Forgets every entry (tests). */
export function clearSectionCache(): void {
  entries.clear();
}
