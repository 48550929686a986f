// Passage heat: how many posts quote each stretch of a section, and which. Pure.
import type { Span } from "@/lib/debate/spans";

export type Quote = Span & { postId: string };
export type HeatSegment = Span & { count: number; postIds: string[] };

/**
 * Cuts the text at every quote's start and end, and counts the quotes covering each piece.
 * Overlapping quotes add up; pieces nobody quotes are left out. Sorted by start.
 */
export function passageHeat(quotes: Quote[]): HeatSegment[] {
  const cuts = [...new Set(quotes.flatMap((quote) => [quote.start, quote.end]))].sort((a, b) => a - b);
  const segments: HeatSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const postIds = quotes.filter((quote) => quote.start < end && quote.end > start).map((quote) => quote.postId);
    if (postIds.length === 0) continue;
    const previous = segments.at(-1);
    // Neighbours quoted by exactly the same posts are one passage.
    if (previous && previous.end === start && sameIds(previous.postIds, postIds)) previous.end = end;
    else segments.push({ start, end, count: postIds.length, postIds });
  }
  return segments;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** 1 to 3: how strongly to shade a passage, relative to the section's most quoted one. */
export function heatLevel(count: number, maxCount: number): 1 | 2 | 3 {
  if (maxCount <= 1 || count <= Math.max(1, maxCount / 3)) return 1;
  return count <= (2 * maxCount) / 3 ? 2 : 3;
}

export type Piece = Span & { heat: HeatSegment | null; claimIds: string[] };

/**
 * One paragraph cut into pieces for rendering: every heat segment and marked claim starts and ends
 * a piece. Pieces tile the paragraph exactly.
 */
export function paragraphPieces(paragraph: Span, heat: HeatSegment[], claims: (Span & { id: string })[]): Piece[] {
  const inside = (value: number) => value > paragraph.start && value < paragraph.end;
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const span of [...heat, ...claims]) {
    if (inside(span.start)) cuts.add(span.start);
    if (inside(span.end)) cuts.add(span.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1]!;
    return {
      start,
      end,
      heat: heat.find((segment) => segment.start <= start && segment.end >= end) ?? null,
      claimIds: claims.filter((claim) => claim.start <= start && claim.end >= end).map((claim) => claim.id),
    };
  });
}
