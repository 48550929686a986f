// Cuts a reading into sections. Pure: the teacher's browser runs it for the preview and the
// server runs the same code to check what it is asked to save.
//
// The invariant: the sections' texts, concatenated, are the original text, byte for byte.
// Separators belong to what comes before them: a section's text runs from its first line up to
// the first line of the next section, so blank lines (and line endings of any kind, \n, \r\n or
// \r) between two sections end the earlier one. Leading blank lines of the whole text belong to
// the first section. A Markdown heading line belongs to the section it starts.

export type SplitSection = { heading: string | null; text: string };

/** A paragraph: non-blank lines, with the line breaks and blank lines after them. */
export type Block = { start: number; end: number; heading: { level: number; title: string } | null };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/;
const TARGET_LENGTH = 1200;
const MIN_LENGTH = 400;

type Line = { start: number; end: number; content: string };

function lines(text: string): Line[] {
  const result: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    result.push({ start, end: match.index + match[0].length, content: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) result.push({ start, end: text.length, content: text.slice(start) });
  return result;
}

export function parseHeading(line: string): { level: number; title: string } | null {
  const match = HEADING.exec(line);
  if (!match) return null;
  return { level: match[1]!.length, title: (match[2] ?? "").trim() };
}

/**
 * The text's paragraphs. A heading line is a paragraph of its own. Blocks tile the text: the
 * first starts at 0, each ends where the next starts, the last ends at text.length.
 */
export function blocks(text: string): Block[] {
  const result: Block[] = [];
  let current: Block | null = null;
  let afterBlank = true;
  for (const line of lines(text)) {
    const blank = line.content.trim() === "";
    if (blank) {
      afterBlank = true;
      if (current) current.end = line.end;
      continue;
    }
    const heading = parseHeading(line.content);
    const startsBlock = !current || afterBlank || heading !== null || current.heading !== null;
    if (startsBlock) {
      current = { start: current ? line.start : 0, end: line.end, heading };
      result.push(current);
    } else if (current) {
      current.end = line.end;
    }
    afterBlank = false;
  }
  if (result.length === 0 && text.length > 0) result.push({ start: 0, end: text.length, heading: null });
  // A text that starts with blank lines: they were skipped above, the first block starts at 0.
  if (result[0]) result[0].start = 0;
  return result;
}

/** Where sections start (character offsets; the first is always 0). */
export function splitPoints(text: string): number[] {
  const all = blocks(text);
  if (all.length === 0) return [];
  const headingLevels = all.flatMap((block) => (block.heading ? [block.heading.level] : []));
  return headingLevels.length > 0 ? headingPoints(all, headingLevels) : paragraphPoints(text, all);
}

// Split at the top heading level that occurs more than once (a lone "# Title" above "## Part"
// headings stays with the first part); if none repeats, at every heading.
function headingPoints(all: Block[], levels: number[]): number[] {
  const counts = new Map<number, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  const repeated = [...counts.entries()].filter(([, count]) => count > 1).map(([level]) => level);
  const splitLevel = repeated.length > 0 ? Math.min(...repeated) : Math.max(...levels);
  const points = [0];
  for (const block of all) {
    if (block.heading && block.heading.level <= splitLevel && block.start > 0) points.push(block.start);
  }
  // A first section of headings alone (a title above the first part, say) joins the next one,
  // unless the whole text is headings.
  const firstEnd = points[1];
  const hasText = (from: number, to: number) => all.some((b) => b.start >= from && b.start < to && !b.heading);
  if (firstEnd !== undefined && !hasText(0, firstEnd) && hasText(firstEnd, Infinity)) points.splice(1, 1);
  return points;
}

// No headings: group paragraphs to about TARGET_LENGTH characters, never cutting a paragraph.
function paragraphPoints(text: string, all: Block[]): number[] {
  const points = [0];
  let length = 0;
  for (const block of all) {
    const size = text.slice(block.start, block.end).trim().length;
    if (block.start > 0 && length >= MIN_LENGTH && length + size > TARGET_LENGTH) {
      points.push(block.start);
      length = 0;
    }
    length += size;
  }
  return points;
}

/** The text cut at `points` (offsets, first 0, strictly increasing), with headings derived. */
export function sectionsAt(text: string, points: number[]): SplitSection[] {
  return points.map((start, i) => {
    const sectionText = text.slice(start, points[i + 1] ?? text.length);
    return { heading: derivedHeading(sectionText), text: sectionText };
  });
}

/** The automatic split. */
export function splitText(text: string): SplitSection[] {
  return sectionsAt(text, splitPoints(text));
}

function derivedHeading(text: string): string | null {
  for (const block of blocks(text)) {
    if (block.heading) return block.heading.title || null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// The teacher's adjustments. Each keeps the concatenation unchanged; none reorders.

export function mergeWithNext(sections: SplitSection[], index: number): SplitSection[] {
  const first = sections[index];
  const second = sections[index + 1];
  if (!first || !second) return sections;
  const merged = { heading: first.heading ?? second.heading, text: first.text + second.text };
  return [...sections.slice(0, index), merged, ...sections.slice(index + 2)];
}

/** Splits section `index` before its paragraph `paragraph` (1 = the second paragraph). */
export function splitAtParagraph(sections: SplitSection[], index: number, paragraph: number): SplitSection[] {
  const section = sections[index];
  const cut = section ? blocks(section.text)[paragraph]?.start : undefined;
  if (!section || !cut) return sections;
  const before = { heading: section.heading, text: section.text.slice(0, cut) };
  const rest = section.text.slice(cut);
  const after = { heading: derivedHeading(rest), text: rest };
  return [...sections.slice(0, index), before, after, ...sections.slice(index + 1)];
}

export function renameSection(sections: SplitSection[], index: number, heading: string): SplitSection[] {
  const name = heading.trim();
  return sections.map((section, i) => (i === index ? { ...section, heading: name || null } : section));
}

/** Offsets where each section starts in the concatenated text: what the editor sends to save. */
export function startsOf(sections: SplitSection[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const section of sections) {
    starts.push(offset);
    offset += section.text.length;
  }
  return starts;
}

/**
 * A section's text for reading: its paragraphs without the heading line (the heading is shown as
 * the section's title) and without surrounding blank lines.
 */
export function displayParagraphs(text: string): string[] {
  return displayBlocks(text).map((block) => text.slice(block.start, block.end));
}

/** Where each displayed paragraph lies in the text, without surrounding whitespace. */
export function displayBlocks(text: string): { start: number; end: number }[] {
  return blocks(text)
    .filter((block, i) => !(i === 0 && block.heading))
    .map((block) => {
      const slice = text.slice(block.start, block.end);
      const start = block.start + (slice.length - slice.trimStart().length);
      return { start, end: start + slice.trim().length };
    })
    .filter((block) => block.end > block.start);
}
