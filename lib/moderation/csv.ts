// CSV for spreadsheets: every cell quoted (RFC 4180), and a cell that a spreadsheet would run as
// a formula (starting with = + - @, or a tab or carriage return) is prefixed with a quote mark.
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
