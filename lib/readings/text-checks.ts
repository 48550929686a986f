import { MAX_READING_BYTES, MAX_READING_LABEL } from "@/lib/readings/limits";

// Content checks shared by pasted text and uploaded files: a reading is non-empty, at most
// 2 MB of UTF-8, and text, not binary. Returns the problem in words, or null.
// Control characters other than tab, line feed, form feed and carriage return mark binary data.
const BINARY = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFE\uFFFF]/;

export function readingTextProblem(text: string): string | null {
  if (text.trim() === "") return "The reading is empty. Paste or upload its text.";
  if (new TextEncoder().encode(text).length > MAX_READING_BYTES) return `The reading is larger than ${MAX_READING_LABEL}.`;
  if (BINARY.test(text)) return "This looks like a binary file, not text. Upload a .txt, .md or .docx file.";
  return null;
}
