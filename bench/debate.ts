// The structured debate of the bench posts: stances, kinds, sources, reply kinds and quotes of the
// section text, in the mix a class produces. Each post draws from the stream it is handed, in the
// order posts are made (newest first), so the k-th newest post argues the same in every section.
import type { ReplyKind, ResponseKind, Stance } from "../lib/generated/prisma/enums";
import { passageHeat } from "../lib/debate/heat";
import { sentenceSpans, spanProblem, type Span } from "../lib/discussion/quote-spans";
import { displayBlocks } from "../lib/readings/split";
import { between, prng, SOURCES, type Rng } from "./content";

export type Quote = { quoteStart: number; quoteEnd: number; quoteText: string };
export type ResponseArgument = { stance: Stance | null; kind: ResponseKind | null; sources: { title: string; url: string }[]; quote: Quote | null };
export type ReplyArgument = { replyKind: ReplyKind | null; quote: Quote | null };

const RESPONSE_QUOTE_SHARE = 1 / 3;
const REPLY_QUOTE_SHARE = 0.2;
// Most quotes are whole sentences, as the keyboard's sentence picker makes them; the rest are
// word-aligned selections of 30–150 characters, as a mouse makes them.
const SENTENCE_SHARE = 0.7;
const SUB_SPAN = { min: 30, max: 150 };
const POPULARITY_SEED = 1950;

function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  let roll = rng() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
  return choices.at(-1)![0];
}

export function responseArgument(rng: Rng, quote: (rng: Rng) => Quote): ResponseArgument {
  const stance = weighted<Stance | null>(rng, [[null, 20], ["SUPPORTS", 30], ["CHALLENGES", 28], ["COMPLICATES", 22]]);
  const kind = weighted<ResponseKind | null>(rng, [[null, 10], ["CLAIM", 45], ["EVIDENCE", 30], ["QUESTION", 15]]);
  // Evidence cites one or two sources (the app requires at least one).
  const first = between(rng, 0, SOURCES.length - 1);
  const sources = kind === "EVIDENCE" ? Array.from({ length: between(rng, 1, 2) }, (_, i) => SOURCES[(first + i) % SOURCES.length]!) : [];
  return { stance, kind, sources, quote: rng() < RESPONSE_QUOTE_SHARE ? quote(rng) : null };
}

export function replyArgument(rng: Rng, quote: (rng: Rng) => Quote): ReplyArgument {
  const replyKind = weighted<ReplyKind | null>(rng, [[null, 50], ["COUNTER", 27], ["AGREE", 23]]);
  return { replyKind, quote: rng() < REPLY_QUOTE_SHARE ? quote(rng) : null };
}

/**
 * Quotes of `body`: a sentence the keyboard picker offers (a few sentences draw most quotes, as a
 * thesis does), or a word-aligned stretch of 30–150 characters starting in such a sentence and
 * staying in its paragraph. Every quote is checked as the app checks one.
 */
export function quotePicker(body: string): (rng: Rng) => Quote {
  const paragraphs = displayBlocks(body);
  const sentences = paragraphs.flatMap((paragraph) => sentenceSpans(body, paragraph));
  // Popularity rank: a fixed shuffle, so the favourite sentences are spread over the text.
  const shuffle = prng(POPULARITY_SEED);
  const byPopularity = sentences.map((span) => ({ span, key: shuffle() })).sort((a, b) => a.key - b.key).map(({ span }) => span);
  const words = [...body.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return (rng) => {
    const sentence = byPopularity[Math.floor(rng() ** 2 * byPopularity.length)]!;
    let span: Span = sentence;
    if (rng() >= SENTENCE_SHARE) {
      const paragraph = paragraphs.find((p) => p.start <= sentence.start && sentence.end <= p.end)!;
      const inParagraph = words.filter((word) => word.start >= paragraph.start && word.end <= paragraph.end);
      const starts = inParagraph.flatMap((word, i) => (word.start >= sentence.start && word.end <= sentence.end ? [i] : []));
      const target = between(rng, SUB_SPAN.min, SUB_SPAN.max);
      let first = starts[Math.floor(rng() * starts.length)]!;
      let last = first;
      const length = () => inParagraph[last]!.end - inParagraph[first]!.start;
      while (last + 1 < inParagraph.length && inParagraph[last + 1]!.end - inParagraph[first]!.start <= target) last += 1;
      // Still short (long words, or the paragraph's end): one more word on, or reach back.
      while (length() < SUB_SPAN.min && last + 1 < inParagraph.length) last += 1;
      while (length() < SUB_SPAN.min && first > 0) first -= 1;
      span = { start: inParagraph[first]!.start, end: inParagraph[last]!.end };
      if (length() < SUB_SPAN.min || length() > SUB_SPAN.max) throw new Error(`bench quote of ${span.end - span.start} characters`);
    }
    const text = body.slice(span.start, span.end);
    const problem = spanProblem(body, { ...span, text });
    if (problem) throw new Error(`bench quote ${span.start}-${span.end}: ${problem}`);
    return { quoteStart: span.start, quoteEnd: span.end, quoteText: text };
  };
}

type Counted = { stance?: Stance | null; quoteStart?: number | null; quoteEnd?: number | null };

/** The spans quoted by these posts, one per quoting post. */
export const quotedSpans = (posts: Counted[]): Span[] =>
  posts.flatMap((post) => (post.quoteStart != null && post.quoteEnd != null ? [{ start: post.quoteStart, end: post.quoteEnd }] : []));

/** How many of these quotes overlap `span`: the posts an opened passage lists (up to a limit). */
export const overlapping = (quotes: Span[], span: Span) => quotes.filter((quote) => quote.start < span.end && quote.end > span.start).length;

/** What a section's published posts add up to: what its debate view and section page should show. */
export function debateStats(responses: (Counted & { answered: boolean })[], quotes: Span[]) {
  const bySpan = new Map<string, Span & { count: number }>();
  for (const { start, end } of quotes) {
    const key = `${start}-${end}`;
    bySpan.set(key, { start, end, count: (bySpan.get(key)?.count ?? 0) + 1 });
  }
  const mostQuoted = [...bySpan.values()].sort((a, b) => b.count - a.count || a.start - b.start)[0] ?? null;
  const count = (stance: Stance | null) => responses.filter((post) => (post.stance ?? null) === stance).length;
  return {
    publishedResponses: responses.length,
    byStance: { supports: count("SUPPORTS"), challenges: count("CHALLENGES"), complicates: count("COMPLICATES"), none: count(null) },
    unansweredChallenges: responses.filter((post) => post.stance === "CHALLENGES" && !post.answered).length,
    quotes: quotes.length,
    distinctQuotedSpans: bySpan.size,
    heatSegments: passageHeat([...bySpan.values()]).length,
    mostQuoted,
  };
}

export type DebateStats = ReturnType<typeof debateStats>;
