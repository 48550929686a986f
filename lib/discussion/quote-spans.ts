// Quoted spans of a section's text. Pure, so the browser (to turn a selection into offsets) and
// the server (to check what it is asked to store) run the same code.
//
// Offsets are UTF-16 code units into Section.body, the way JavaScript strings count, so
// `body.slice(start, end)` is the quote. A span may not cut a surrogate pair in half: a Korean or
// Chinese character is one unit, but an emoji or a rare CJK ideograph is two.

export const QUOTE_MAX_LENGTH = 1000;

export type Span = { start: number; end: number };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function cutsPair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index));
}

/** Why a span cannot be quoted from `body`, or null when it can. */
export function spanProblem(body: string, span: Span & { text: string }): string | null {
  const { start, end, text } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    return "That passage is not part of this section.";
  }
  if (end - start > QUOTE_MAX_LENGTH) return `Quote at most ${QUOTE_MAX_LENGTH.toLocaleString("en-US")} characters.`;
  if (cutsPair(body, start) || cutsPair(body, end) || body.slice(start, end) !== text) {
    return "That passage does not match the section's text. Select it again.";
  }
  if (text.trim() === "") return "Select some words to quote.";
  return null;
}

/** The span without the whitespace at its edges; null when nothing but whitespace is selected. */
export function trimSpan(body: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(body[start]!)) start += 1;
  while (end > start && /\s/.test(body[end - 1]!)) end -= 1;
  return start < end ? { start, end } : null;
}

/** The sentences of one stretch of the text, trimmed: the keyboard's way to choose a quote. */
export function sentenceSpans(body: string, within: Span): Span[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const spans: Span[] = [];
  for (const { index, segment } of segmenter.segment(body.slice(within.start, within.end))) {
    const trimmed = trimSpan(body, { start: within.start + index, end: within.start + index + segment.length });
    if (trimmed && trimmed.end - trimmed.start <= QUOTE_MAX_LENGTH) spans.push(trimmed);
  }
  return spans;
}
