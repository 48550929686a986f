import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

// The essay ships with the app (a byte-identical copy of the class reading) so the demo can be
// seeded on any machine. It is stored exactly as published, typos included.
export const DEMO_ESSAY_PATH = fileURLToPath(
  new URL("./korean-war-pyongyang-beijing.txt", import.meta.url),
);

export interface ParsedEssay {
  title: string;
  subtitle: string;
  tagline: string;
  sections: string[];
}

/**
 * Splits the essay into its header (title, subtitle, tagline: the first three paragraphs) and its
 * sections (every paragraph after them). Paragraphs are separated by blank lines and kept
 * byte-for-byte; only line endings are normalised to "\n".
 */
export function parseEssay(text: string): ParsedEssay {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ""))
    .filter((paragraph) => paragraph.trim() !== "");
  const [title, subtitle, tagline, ...sections] = paragraphs;
  if (title === undefined || subtitle === undefined || tagline === undefined || sections.length === 0) {
    throw new Error("The essay needs a title, a subtitle, a tagline and at least one section");
  }
  return { title, subtitle, tagline, sections };
}

export async function readDemoEssay(): Promise<ParsedEssay> {
  return parseEssay(await readFile(DEMO_ESSAY_PATH, "utf8"));
}
