import { describe, expect, it } from "vitest";
import { sentenceSpans, spanProblem, trimSpan } from "@/lib/discussion/quote-spans";
import { heatLevel, paragraphPieces, passageHeat } from "@/lib/debate/heat";

// Reproducible integers below `below`: the same quotes on every run.
function seededRandom(seed: number) {
  return (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % below;
  };
}

const body = "平壤 and 北京 told it their way. 조선민주주의인민공화국 fought. The end 𠀋!";

function quote(start: number, end: number) {
  return { start, end, text: body.slice(start, end) };
}

describe("spanProblem", () => {
  it("accepts a span that matches the text, Korean and Chinese included", () => {
    expect(spanProblem(body, quote(0, 2))).toBeNull();
    const korean = body.indexOf("조선");
    expect(spanProblem(body, quote(korean, korean + "조선민주주의인민공화국".length))).toBeNull();
  });

  it("accepts quotes at both edges of the section", () => {
    expect(spanProblem(body, quote(0, body.length))).toBeNull();
    expect(spanProblem(body, quote(body.length - 1, body.length))).toBeNull();
  });

  it("rejects text that does not match the offsets", () => {
    expect(spanProblem(body, { start: 0, end: 2, text: "北京" })).toMatch(/does not match/);
    expect(spanProblem(body, { start: 1, end: 3, text: "平壤" })).toMatch(/does not match/);
  });

  it("rejects spans outside the text, empty or reversed", () => {
    expect(spanProblem(body, { start: -1, end: 2, text: body.slice(0, 2) })).toMatch(/not part/);
    expect(spanProblem(body, { start: 0, end: body.length + 1, text: body })).toMatch(/not part/);
    expect(spanProblem(body, { start: 4, end: 4, text: "" })).toMatch(/not part/);
    expect(spanProblem(body, { start: 5, end: 3, text: "" })).toMatch(/not part/);
    expect(spanProblem(body, { start: 0.5, end: 2, text: "平" })).toMatch(/not part/);
  });

  it("rejects a span that cuts a surrogate pair in half", () => {
    const rare = body.indexOf("𠀋");
    expect(spanProblem(body, quote(rare, rare + 2))).toBeNull();
    expect(spanProblem(body, { start: rare, end: rare + 1, text: body.slice(rare, rare + 1) })).toMatch(/does not match/);
    expect(spanProblem(body, { start: rare + 1, end: rare + 3, text: body.slice(rare + 1, rare + 3) })).toMatch(/does not match/);
  });

  it("rejects whitespace only and over-long quotes", () => {
    const space = body.indexOf(" ");
    expect(spanProblem(body, quote(space, space + 1))).toMatch(/Select some words/);
    const long = "a".repeat(1200);
    expect(spanProblem(long, { start: 0, end: 1001, text: long.slice(0, 1001) })).toMatch(/at most/);
  });
});

describe("trimSpan and sentenceSpans", () => {
  it("trims whitespace at the edges, and gives null for whitespace only", () => {
    expect(trimSpan("  abc  ", { start: 0, end: 7 })).toEqual({ start: 2, end: 5 });
    expect(trimSpan("   ", { start: 0, end: 3 })).toBeNull();
  });

  it("cuts a stretch into trimmed sentences that match the text", () => {
    const spans = sentenceSpans(body, { start: 0, end: body.length });
    expect(spans.map((span) => body.slice(span.start, span.end))).toEqual(["平壤 and 北京 told it their way.", "조선민주주의인민공화국 fought.", "The end 𠀋!"]);
    for (const span of spans) expect(spanProblem(body, quote(span.start, span.end))).toBeNull();
  });
});

describe("passageHeat", () => {
  const quote = (start: number, end: number, count = 1) => ({ start, end, count });

  it("adds up overlapping quotes and leaves unquoted text out", () => {
    expect(passageHeat([quote(0, 10), quote(5, 15), quote(20, 25)])).toEqual([
      { start: 0, end: 5, count: 1 },
      { start: 5, end: 10, count: 2 },
      { start: 10, end: 15, count: 1 },
      { start: 20, end: 25, count: 1 },
    ]);
  });

  it("counts identical quotes together, and nested ones inside", () => {
    expect(passageHeat([quote(0, 10, 2), quote(2, 4)])).toEqual([
      { start: 0, end: 2, count: 2 },
      { start: 2, end: 4, count: 3 },
      { start: 4, end: 10, count: 2 },
    ]);
  });

  it("keeps touching quotes apart, and ignores empty ones", () => {
    expect(passageHeat([quote(0, 5), quote(5, 9)])).toEqual([
      { start: 0, end: 5, count: 1 },
      { start: 5, end: 9, count: 1 },
    ]);
    expect(passageHeat([quote(3, 3), quote(4, 2)])).toEqual([]);
    expect(passageHeat([])).toEqual([]);
  });

  it("gives the same answer as counting piece by piece, for random quotes", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round += 1) {
      const quotes = Array.from({ length: 1 + random(12) }, () => {
        const start = random(40);
        return quote(start, start + 1 + random(20), 1 + random(3));
      });
      const heat = passageHeat(quotes);
      for (let at = 0; at < 70; at += 1) {
        const expected = quotes.filter((q) => q.start <= at && at < q.end).reduce((sum, q) => sum + q.count, 0);
        const segment = heat.find((s) => s.start <= at && at < s.end);
        expect(segment?.count ?? 0).toBe(expected);
      }
    }
  });

  it("shades relative to the most quoted passage", () => {
    expect(heatLevel(1, 1)).toBe(1);
    expect(heatLevel(1, 9)).toBe(1);
    expect(heatLevel(5, 9)).toBe(2);
    expect(heatLevel(9, 9)).toBe(3);
  });
});

describe("paragraphPieces", () => {
  it("tiles the paragraph, cutting at heat and claims inside it only", () => {
    const pieces = paragraphPieces(
      { start: 10, end: 40 },
      [{ start: 0, end: 15, count: 1 }, { start: 30, end: 50, count: 2 }],
      [{ id: "claim", start: 12, end: 20 }],
    );
    expect(pieces.map(({ start, end }) => [start, end])).toEqual([[10, 12], [12, 15], [15, 20], [20, 30], [30, 40]]);
    expect(pieces.map((piece) => piece.heat?.count ?? 0)).toEqual([1, 1, 0, 0, 2]);
    expect(pieces.map((piece) => piece.claimIds)).toEqual([[], ["claim"], ["claim"], [], []]);
  });
});

describe("paragraphPieces against random heat", () => {
  it("tiles every paragraph and gives each piece the heat covering it", () => {
    const random = seededRandom(11);
    for (let round = 0; round < 100; round += 1) {
      const heat = passageHeat(Array.from({ length: random(10) }, () => {
        const start = random(60);
        return { start, end: start + 1 + random(25), count: 1 };
      }));
      const paragraph = { start: random(30), end: 40 + random(40) };
      const pieces = paragraphPieces(paragraph, heat, []);
      expect(pieces[0]!.start).toBe(paragraph.start);
      expect(pieces.at(-1)!.end).toBe(paragraph.end);
      pieces.forEach((piece, i) => {
        if (i > 0) expect(piece.start).toBe(pieces[i - 1]!.end);
        const covering = heat.find((segment) => segment.start <= piece.start && segment.end >= piece.end) ?? null;
        expect(piece.heat).toBe(covering);
      });
    }
  });
});
