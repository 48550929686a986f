// Passage heat: how many posts quote each stretch of a section, and which. Pure.
import type { Span } from "@/lib/discussion/quote-spans";

/** A quoted span, and how many posts quote exactly it. */
export type Quote = Span & { count: number };
export type HeatSegment = Span & { count: number };

/**
 * Cuts the text at every quote's start and end, and counts the quotes covering each piece.
 * Overlapping quotes add up; pieces nobody quotes are left out. Sorted by start. One sweep over
 * the sorted edges, so a section quoted ten thousand times costs a sort, not a square.
 */
export function passageHeat(quotes: Quote[]): HeatSegment[] {
  const change = new Map<number, number>();
  for (const quote of quotes) {
    if (quote.end <= quote.start || quote.count <= 0) continue;
    change.set(quote.start, (change.get(quote.start) ?? 0) + quote.count);
    change.set(quote.end, (change.get(quote.end) ?? 0) - quote.count);
  }
  const edges = [...change.keys()].sort((a, b) => a - b);
  const segments: HeatSegment[] = [];
  let covering = 0;
  for (let i = 0; i + 1 < edges.length; i += 1) {
    covering += change.get(edges[i]!)!;
    if (covering > 0) segments.push({ start: edges[i]!, end: edges[i + 1]!, count: covering });
  }
  return segments;
}

/** The `limit` most quoted passages, most quoted first (ties: in reading order). */
export function mostQuoted<T extends HeatSegment>(heat: T[], limit: number): T[] {
  return [...heat].sort((a, b) => b.count - a.count || a.start - b.start).slice(0, limit);
}

/** 1 to 3: how strongly to shade a passage, relative to the section's most quoted one. */
export function heatLevel(count: number, maxCount: number): 1 | 2 | 3 {
  if (maxCount <= 1 || count <= Math.max(1, maxCount / 3)) return 1;
  return count <= (2 * maxCount) / 3 ? 2 : 3;
}

export type Piece = Span & { heat: HeatSegment | null; claimIds: string[] };

/**
 * One paragraph cut into pieces for rendering: every heat segment and marked claim starts and ends
 * a piece. Pieces tile the paragraph exactly. Heat arrives sorted and disjoint (passageHeat), so
 * one pointer walks it; claims are a handful.
 */
export function paragraphPieces(paragraph: Span, heat: HeatSegment[], claims: (Span & { id: string })[]): Piece[] {
  const inside = (value: number) => value > paragraph.start && value < paragraph.end;
  const nearby = heat.filter((segment) => segment.end > paragraph.start && segment.start < paragraph.end);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const span of [...nearby, ...claims]) {
    if (inside(span.start)) cuts.add(span.start);
    if (inside(span.end)) cuts.add(span.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  let next = 0;
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1]!;
    while (next < nearby.length && nearby[next]!.end <= start) next += 1;
    const segment = nearby[next];
    return {
      start,
      end,
      heat: segment && segment.start <= start && segment.end >= end ? segment : null,
      claimIds: claims.filter((claim) => claim.start <= start && claim.end >= end).map((claim) => claim.id),
    };
  });
}
