import { NAUGHTY_STRINGS_SUBSET } from "./naughty-strings-subset";

// The bad-input corpus, sent to every lib command (tests/integration/bad-input.test.ts) and every
// route handler (tests/e2e/bad-input-http.spec.ts) in every field. What a field holds decides which
// entries it may accept; every other entry must be refused with an AppError (4xx), writing nothing.

export type FieldKind =
  | "text" // anything typed: names, titles, posts, reasons, emails, web addresses, join codes, filters
  | "id"
  | "number"
  | "choice" // an enum or a checkbox
  | "list" // an array: sources, section ids
  | "ids" // post ids to act on: an array, or one comma-separated string; unknown ids are skipped
  | "document" // a reading's whole text, up to 2 MB
  | "date"
  | "cursor"; // a page's cursor: anything malformed is the first page

export type BadInput = {
  name: string;
  value: unknown;
  /** Field kinds where this is a legitimate value: a command may accept it there. */
  validIn?: readonly FieldKind[];
  /** Undefined, NaN, bigint and the like: code can send them, JSON cannot. */
  codeOnly?: boolean;
};

/** An entry whose value depends on the field: an id of another class, of the right kind. */
export type ForeignId = { name: string; foreign: "same kind" | "other kind" };

const KB = 1024;
const MB = 1024 * KB;

const text = ["text"] as const;
const number = ["text", "number"] as const;
// Naughty strings that are also a number or a checkbox's value.
const NAUGHTY_ALSO_VALID = new Map<string, readonly FieldKind[]>([
  ["0", number],
  ["1e3", number],
  ["true", ["text", "choice"]],
  ["false", ["text", "choice"]],
]);

function nestedArray(depth: number): unknown {
  let value: unknown = "deep";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function nestedObject(depth: number): unknown {
  let value: unknown = "deep";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A keyset cursor as the responses API hands it out, around any JSON. */
export function cursorOf(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export const BAD_INPUTS: readonly BadInput[] = [
  ...NAUGHTY_STRINGS_SUBSET.map((value) => ({ name: `naughty string ${JSON.stringify(value.slice(0, 24))}`, value, validIn: NAUGHTY_ALSO_VALID.get(value) ?? text })),

  // Characters PostgreSQL or UTF-8 cannot store, and invisible control characters.
  { name: "NUL alone", value: "\u0000" },
  { name: "NUL inside", value: "before\u0000after" },
  { name: "NUL at the end", value: "text\u0000" },
  { name: "a thousand NULs", value: "\u0000".repeat(1000) },
  { name: "NUL between spaces", value: " \u0000 " },
  { name: "web address with NUL", value: "https://example.com/\u0000" },
  { name: "lone high surrogate", value: "\uD800" },
  { name: "lone low surrogate", value: "x\uDC00x" },
  { name: "surrogates reversed", value: "\uDC00\uD800" },
  { name: "half an emoji", value: `${"😀".slice(0, 1)}text` },
  { name: "bell, backspace, escape", value: "bell\u0007 backspace\u0008 escape\u001B", validIn: text },
  { name: "C1 controls", value: "next line\u0085 csi\u009B", validIn: text },
  { name: "vertical tab and form feed", value: "a\u000Bb\u000Cc", validIn: text },
  { name: "DEL", value: "del\u007F", validIn: text },

  // Long input.
  { name: "10,001 characters", value: "y".repeat(10_001), validIn: ["text", "document"] },
  { name: "1 MB of ASCII", value: "x".repeat(MB), validIn: ["document"] },
  { name: "1 MB of two-byte characters", value: "é".repeat(MB / 2), validIn: ["document"] },
  { name: "1 MB of emoji", value: "😀".repeat(MB / 4), validIn: ["document"] },
  { name: "1 MB of paragraphs", value: "A short paragraph.\n\n".repeat(MB / 20), validIn: ["document"] },
  { name: "1 MB of spaces, then a letter", value: `${" ".repeat(MB)}x`, validIn: ["text", "document"] },
  { name: "1 MB of digits, then a letter", value: `${"9".repeat(MB)}x`, validIn: ["document"] },
  { name: "1 MB then NUL", value: `${"x".repeat(MB)}\u0000` },
  { name: "3 MB", value: "x".repeat(3 * MB) },

  // Wrong types.
  { name: "null", value: null },
  { name: "undefined", value: undefined, codeOnly: true },
  { name: "true", value: true, validIn: ["choice"] },
  { name: "false", value: false, validIn: ["choice"] },
  { name: "0", value: 0, validIn: ["number"] },
  { name: "7", value: 7, validIn: ["number"] },
  { name: "-1", value: -1 },
  { name: "1.5", value: 1.5 },
  { name: "NaN", value: Number.NaN, codeOnly: true },
  { name: "Infinity", value: Number.POSITIVE_INFINITY, codeOnly: true },
  { name: "2^31, past a 32-bit integer", value: 2 ** 31 },
  { name: "2^53 + 2, past a safe integer", value: 2 ** 53 + 2 },
  { name: "1e308", value: 1e308 },
  { name: "-1e308", value: -1e308 },
  { name: "a bigint", value: BigInt(10), codeOnly: true },
  { name: "a date object", value: new Date(0), codeOnly: true },
  { name: "empty object", value: {} },
  { name: "object for a string", value: { value: "text" } },
  { name: "empty array", value: [], validIn: ["list"] },
  { name: "array of strings", value: ["a", "b"], validIn: ["list"] },
  { name: "array of one number", value: [5] },
  { name: "array of numbers", value: [1, 2, 3] },
  { name: "array of null", value: [null] },
  { name: "array nested 1,000 deep", value: nestedArray(1000) },
  { name: "object nested 1,000 deep", value: nestedObject(1000) },
  { name: "100,000-element array", value: Array.from({ length: 100_000 }, (_, i) => `item${i}`) },
  { name: "object with 100,000 keys", value: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key${i}`, i])) },
  { name: "prototype polluter", value: JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') },
  { name: "1,000 sources", value: Array.from({ length: 1000 }, () => ({ title: "A source", url: "https://example.com/", perspective: "Someone" })) },

  // Numbers as forms send them.
  { name: "'-1'", value: "-1", validIn: text },
  { name: "' 7 '", value: " 7 ", validIn: number },
  { name: "'+5'", value: "+5", validIn: number },
  { name: "'1.5'", value: "1.5", validIn: text },
  { name: "'١٢' (Arabic-Indic digits)", value: "١٢", validIn: text },
  { name: "400 nines", value: "9".repeat(400), validIn: text },

  // Ids of the wrong shape.
  { name: "well-formed unknown id", value: `c${"0".repeat(24)}`, validIn: text },
  { name: "65-character id", value: "a".repeat(65), validIn: text },
  { name: "id with a slash", value: "abc/def", validIn: text },
  { name: "id with spaces inside", value: "abc def", validIn: text },
  { name: "percent-encoded NUL", value: "%00", validIn: text },

  // Malformed cursors (the responses API treats any of them as the first page).
  { name: "cursor: not base64", value: "%%%", validIn: text },
  { name: "cursor: year 0", value: cursorOf(["0000-01-01T00:00:00.000Z", "abc"]), validIn: text },
  { name: "cursor: year 275760", value: cursorOf(["+275760-09-13T00:00:00.000Z", "abc"]), validIn: text },
  { name: "cursor: 31 February", value: cursorOf(["2026-02-31T00:00:00.000Z", "abc"]), validIn: text },
  { name: "cursor: an object", value: cursorOf({ createdAt: 1, id: 2 }), validIn: text },
  { name: "cursor: NUL in the id", value: cursorOf(["2026-01-01T00:00:00.000Z", "a\u0000"]), validIn: text },
  { name: "cursor: 100 KB", value: cursorOf(["x".repeat(100 * KB)]), validIn: text },

  // Dates and times.
  { name: "year 0", value: "0000-01-01T00:00:00Z", validIn: text },
  { name: "year 275760", value: "+275760-09-13T00:00:00Z", validIn: text },
  { name: "31 February", value: "2026-02-31T10:00:00Z", validIn: text },
  { name: "the last second of 9999", value: "9999-12-31T23:59:59Z", validIn: ["text", "date"] },
  { name: "day 0 of year 0", value: "0000-01-01", validIn: text },
  { name: "month 13", value: "2026-13-01", validIn: text },
];

/** Ids of another class: they must answer "not found", whatever the command. */
export const FOREIGN_IDS: readonly ForeignId[] = [
  { name: "id of the same kind in another class", foreign: "same kind" },
  { name: "id of another kind in another class", foreign: "other kind" },
];

/** Fields no command knows; a valid call must ignore them. */
export const UNKNOWN_FIELDS = JSON.parse(
  '{"isAdmin": true, "authorId": "intruder", "ownerId": "intruder", "userId": "intruder", "id": "intruder", "createdAt": "2000-01-01", "__proto__": {"polluted": true}}',
) as Record<string, unknown>;

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** Whether `entry` may be accepted in a field of this kind; an optional field may be left blank. */
export function mayAccept(entry: BadInput, kind: FieldKind, optional: boolean): boolean {
  const { value, validIn = [] } = entry;
  if (kind === "cursor" || validIn.includes(kind)) return true;
  // Any text is a reading, as long as it is not too long and not binary.
  if (kind === "document" && validIn.includes("text")) return true;
  if (kind === "ids" && (validIn.includes("list") || (typeof value === "string" && /^[a-z0-9,\s]*$/i.test(value)))) return true;
  return optional && isBlank(value);
}
