import { describe, expect, it } from "vitest";
import { csvCell, csvResponse, toCsv } from "@/lib/csv";

describe("CSV cells", () => {
  it("quotes only cells with commas, quotes or line breaks", () => {
    expect(csvCell('Said "no", then left\nfor good')).toBe('"Said ""no"", then left\nfor good"');
    expect(csvCell("carriage\rreturn")).toBe('"carriage\rreturn"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe("\"'\rx\"");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("leaves numbers alone, negative ones included", () => {
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell(-0.5)).toBe("-0.5");
  });

  it("joins rows with CRLF and ends with one", () => {
    expect(toCsv([["a", "b"], [1, "c,d"], []])).toBe('a,b\r\n1,"c,d"\r\n\r\n');
  });
});

describe("CSV downloads", () => {
  it("start with a byte order mark and are never cached", async () => {
    const response = csvResponse("report.csv", "a,b\r\n");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("keep a file name that cannot break out of the header", () => {
    const disposition = (filename: string) => csvResponse(filename, "").headers.get("Content-Disposition");
    expect(disposition("History 7-B progress.csv")).toBe('attachment; filename="History 7-B progress.csv"');
    expect(disposition('Hist. "101"; x=\\y progress.csv')).toBe('attachment; filename="Hist 101 xy progress.csv"');
    expect(disposition("audit-log-history")).toBe('attachment; filename="audit-log-history.csv"');
    expect(disposition("Ωμέγα.csv")).toBe('attachment; filename="export.csv"');
  });
});
