import { describe, expect, it } from "vitest";
import { BROKEN_CHARACTER_MESSAGE, NUL_MESSAGE, formNumber, isStorableTime, lineText, multilineText, storableText } from "@/lib/validation";
import { z } from "zod";
import { NAUGHTY_STRINGS_SUBSET } from "@/tests/corpus/naughty-strings-subset";

const firstMessage = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe("the shared text schemas", () => {
  const schemas = { storableText: storableText("Enter text."), lineText: lineText("Enter text."), multilineText: multilineText("Enter text.") };

  it.each(Object.entries(schemas))("%s refuses NUL anywhere, with a field message", (_name, schema) => {
    for (const value of ["\u0000", "a\u0000b", "text\u0000", " \u0000 "]) expect(firstMessage(schema, value)).toBe(NUL_MESSAGE);
  });

  it.each(Object.entries(schemas))("%s refuses lone surrogates", (_name, schema) => {
    for (const value of ["\uD800", "x\uDC00x", "\uDC00\uD800", `${"😀".slice(0, 1)}text`]) expect(firstMessage(schema, value)).toBe(BROKEN_CHARACTER_MESSAGE);
  });

  it.each(Object.entries(schemas))("%s refuses what is not a string with its own message", (_name, schema) => {
    for (const value of [42, true, null, ["a"], { a: 1 }]) expect(firstMessage(schema, value)).toBe("Enter text.");
  });

  it("keeps line breaks and tabs in multi-line text and drops other control characters", () => {
    expect(multilineText("x").parse(" first\u0007 line\r\n\tsecond\u001B\u007F\u0085 ")).toBe("first line\r\n\tsecond");
    expect(multilineText("x").parse("a\u000Bb\u000Cc")).toBe("abc");
  });

  it("makes one line of single-line text", () => {
    expect(lineText("x").parse("  A title\r\n  on\ttwo lines\u0008 ")).toBe("A title on two lines");
  });

  it("takes linear time on long runs of spaces and digits", () => {
    const started = Date.now();
    expect(lineText("x").max(10).safeParse(`${" ".repeat(1024 * 1024)}x`).success).toBe(true);
    expect(formNumber(z.number({ error: "Enter a number." })).safeParse(`${"9".repeat(1024 * 1024)}x`).success).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("stores passwords and quotes exactly as sent", () => {
    expect(storableText("x").parse("  pass\tword\u0007 ")).toBe("  pass\tword\u0007 ");
  });

  it("accepts every naughty string, unchanged but for trimming and line breaks", () => {
    for (const value of NAUGHTY_STRINGS_SUBSET) {
      expect(multilineText("x").parse(value)).toBe(value.trim());
      expect(lineText("x").parse(value)).toBe(value.split(/[\t\r\n]+/).map((part) => part.trim()).join(" ").trim());
    }
  });
});

describe("numbers from forms and JSON", () => {
  const count = formNumber(z.number({ error: "Enter a number." }).int("Whole numbers only.").min(0).max(1000));

  it("reads numbers and numeric text", () => {
    for (const [value, expected] of [[7, 7], ["7", 7], [" 7 ", 7], ["+5", 5], ["1e3", 1000], ["0", 0]] as const) {
      expect(count.parse(value)).toBe(expected);
    }
  });

  it("refuses what JavaScript would coerce into a number", () => {
    for (const value of [true, false, [5], ["5"], "", null, "0x10", "Infinity", "NaN", "1,000", "٣", {}, new Date(0)]) {
      expect(firstMessage(count, value)).toBe("Enter a number.");
    }
    expect(firstMessage(count, "1.5")).toBe("Whole numbers only.");
    expect(count.safeParse(2 ** 53 + 2).success).toBe(false);
  });

  it("lets a blank field take the default", () => {
    expect(formNumber(z.number().default(0)).parse("")).toBe(0);
  });
});

it("keeps times within what PostgreSQL and JavaScript agree on", () => {
  expect(isStorableTime(new Date("2026-03-01T12:00:00Z"))).toBe(true);
  expect(isStorableTime(new Date("9999-12-31T23:59:59Z"))).toBe(true);
  expect(isStorableTime(new Date("0000-01-01T00:00:00Z"))).toBe(false);
  expect(isStorableTime(new Date("+275760-09-13T00:00:00Z"))).toBe(false);
  expect(isStorableTime(new Date("not a date"))).toBe(false);
});
