// The per-student table's columns, in order: the page's header links, the server-side sort and the
// CSV all read this one list. Pure.

export type StudentRow = {
  /** Position in the class list, for React keys: never a user id. */
  key: string;
  /** The student's name, or the label the anonymity mode gives them when projecting. */
  label: string;
  /** null when projecting. */
  email: string | null;
  responses: number;
  repliesGiven: number;
  repliesReceived: number;
  words: number;
  quotes: number;
  sources: number;
  stanceBefore: number | null;
  stanceAfter: number | null;
  /** ISO time of the latest published post or edit; null before the first. */
  lastActive: string | null;
  /** The grade's total (lib/grading) for the class's graders; null: not graded, or not theirs to see. */
  score: number | null;
};

export const SORT_KEYS = ["student", "responses", "repliesGiven", "repliesReceived", "words", "quotes", "sources", "stance", "lastActive", "score"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";
export type Sort = { key: SortKey; direction: SortDirection };

export const COLUMN_LABELS: Record<SortKey, string> = {
  student: "Student",
  responses: "Responses",
  repliesGiven: "Replies given",
  repliesReceived: "Replies received",
  words: "Words",
  quotes: "Quotes",
  sources: "Sources",
  stance: "Stance before → after",
  lastActive: "Last active",
  score: "Score",
};

export const DEFAULT_SORT: Sort = { key: "student", direction: "asc" };

// Text sorts A→Z first; counts, times and scores largest first, which is what a teacher looks for.
export function defaultDirection(key: SortKey): SortDirection {
  return key === "student" ? "asc" : "desc";
}

/** `?sort=words&dir=asc` from the URL; anything else is the default order. */
export function parseSort(sort: unknown, dir: unknown): Sort {
  const key = SORT_KEYS.find((candidate) => candidate === sort);
  if (!key) return DEFAULT_SORT;
  return { key, direction: dir === "asc" || dir === "desc" ? dir : defaultDirection(key) };
}

// The shift sorts by how far a student moved (after minus before); missing answers sort last.
function sortValue(row: StudentRow, key: SortKey): string | number | null {
  switch (key) {
    case "student":
      return row.label.toLocaleLowerCase();
    case "stance":
      return row.stanceBefore === null || row.stanceAfter === null ? null : row.stanceAfter - row.stanceBefore;
    case "lastActive":
      return row.lastActive;
    default:
      return row[key];
  }
}

export function sortRows(rows: StudentRow[], { key, direction }: Sort): StudentRow[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === y) return a.label.localeCompare(b.label);
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * sign;
  });
}
