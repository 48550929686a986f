import "server-only";
import { toCsv } from "@/lib/csv";
import { ratingLabel } from "@/lib/poll/ratings";
import { COLUMN_LABELS, SORT_KEYS, type StudentRow } from "@/lib/dashboard/columns";
import type { Dashboard } from "@/lib/dashboard/dashboard";

// The per-student table as a spreadsheet, with emails, in the table's column order (stance as two
// columns: a spreadsheet wants the numbers apart). Names go through toCsv's formula guard.
export function dashboardCsv(dashboard: Dashboard): string {
  const answer = (rating: number | null) => (rating === null ? "" : `${rating} (${ratingLabel(rating)})`);
  const header = SORT_KEYS.flatMap((key) => (key === "stance" ? ["Stance before", "Stance after"] : key === "student" ? [COLUMN_LABELS.student, "Email"] : [COLUMN_LABELS[key]]));
  const cells = (row: StudentRow) =>
    SORT_KEYS.flatMap((key) => {
      if (key === "student") return [row.label, row.email];
      if (key === "stance") return [answer(row.stanceBefore), answer(row.stanceAfter)];
      return [row[key]];
    });
  return toCsv([header, ...dashboard.students.map(cells)]);
}
