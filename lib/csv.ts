// CSV for spreadsheets (RFC 4180): a cell is quoted only when it holds a comma, a quote or a line
// break. A text cell that starts like a formula (=, +, -, @, tab, CR) gets a leading apostrophe, so a
// student named "=HYPERLINK(…)" cannot run anything in the teacher's spreadsheet. Numbers are left
// alone: -2 is a number, not a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

// Excel reads a CSV file as UTF-8 only when it starts with a byte order mark.
const BYTE_ORDER_MARK = "\uFEFF";

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: CsvValue[][]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// A download of `csv` for a route handler. The file name keeps ASCII letters, digits, spaces, _ and -
// only, so it cannot break out of the header's quotes.
export function csvResponse(filename: string, csv: string): Response {
  const name = filename.replace(/\.csv$/i, "").replace(/[^\w -]+/g, "").trim() || "export";
  return new Response(`${BYTE_ORDER_MARK}${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
