import { toCsv, type CsvValue } from "@/lib/csv";
import type { GradebookFormat } from "@/lib/grading/schemas";

// The gradebook CSV in the column layouts that Canvas, Moodle and Google Classroom import (README,
// "Gradebook CSV"). Pure, so each layout is tested against the format's column names.

export type GradebookRow = { name: string; email: string; total: number | null };
export type GradebookSheet = { assignment: { id: string; title: string }; section: string; rows: GradebookRow[] };

/** "Ana María López" → first "Ana María", last "López": the last word is the family name. */
export function splitName(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { first: words[0] ?? "", last: "" };
  return { first: words.slice(0, -1).join(" "), last: words.at(-1)! };
}

const LAYOUTS: Record<GradebookFormat, { header: (sheet: GradebookSheet) => string[]; row: (row: GradebookRow, sheet: GradebookSheet) => CsvValue[] }> = {
  // Canvas: its gradebook export's first five columns; an assignment column is "Name (id)". Canvas
  // matches students by SIS Login ID here (the email); its own ids are unknown to Margin.
  canvas: {
    header: ({ assignment }) => ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", `${assignment.title} (${assignment.id})`],
    row: (row, sheet) => {
      const { first, last } = splitName(row.name);
      return [last ? `${last}, ${first}` : first, "", "", row.email, sheet.section, row.total];
    },
  },
  // Moodle: "Import grades from CSV" maps the "Email address" column to the user's email and the
  // grade column to a grade item.
  moodle: {
    header: ({ assignment }) => ["First name", "Last name", "Email address", assignment.title],
    row: (row) => {
      const { first, last } = splitName(row.name);
      return [first, last, row.email, row.total];
    },
  },
  // Google Classroom: students by email address, then the assignment's column.
  google: {
    header: ({ assignment }) => ["Email Address", "First Name", "Last Name", assignment.title],
    row: (row) => {
      const { first, last } = splitName(row.name);
      return [row.email, first, last, row.total];
    },
  },
};

export function gradebookCsv(format: GradebookFormat, sheet: GradebookSheet): string {
  const layout = LAYOUTS[format];
  return toCsv([layout.header(sheet), ...sheet.rows.map((row) => layout.row(row, sheet))]);
}
