import { describe, expect, it } from "vitest";
import {
  blocks,
  displayParagraphs,
  mergeWithNext,
  renameSection,
  sectionsAt,
  splitAtParagraph,
  splitText,
  startsOf,
  type SplitSection,
} from "@/lib/readings/split";

const joined = (sections: SplitSection[]) => sections.map((s) => s.text).join("");

function expectLossless(text: string): SplitSection[] {
  const sections = splitText(text);
  expect(joined(sections)).toBe(text);
  expect(sections.every((s) => s.text.length > 0)).toBe(true);
  expect(joined(blocks(text).map((b) => ({ heading: null, text: text.slice(b.start, b.end) })))).toBe(text);
  return sections;
}

describe("splitting by Markdown headings", () => {
  it("starts a section at each heading, the heading line belonging to it", () => {
    const text = "# One\n\nFirst text.\n\n# Two\nSecond text.\n";
    const sections = expectLossless(text);
    expect(sections).toEqual([
      { heading: "One", text: "# One\n\nFirst text.\n\n" },
      { heading: "Two", text: "# Two\nSecond text.\n" },
    ]);
  });

  it("splits at the top level that repeats; a lone title stays with the first part", () => {
    const text = "# The War\n\n## Origins\nA.\n\n### Detail\nB.\n\n## Armistice\nC.";
    const sections = expectLossless(text);
    expect(sections.map((s) => s.heading)).toEqual(["The War", "Armistice"]);
    expect(sections[0]!.text).toContain("### Detail");
  });

  it("keeps a preamble with real text as a section of its own", () => {
    const sections = expectLossless("An introduction.\n\n## A\nText.\n\n## B\nMore.");
    expect(sections.map((s) => s.heading)).toEqual([null, "A", "B"]);
  });

  it("makes a section of each heading when the text is headings only", () => {
    const text = "# A\n# B\n## C\n# D";
    const sections = expectLossless(text);
    expect(sections.map((s) => s.text)).toEqual(["# A\n", "# B\n## C\n", "# D"]);
  });

  it("does not take #hashtags or seven #s for headings", () => {
    expect(expectLossless("#hashtag text\n\n####### seven\n\nplain")).toHaveLength(1);
  });
});

describe("splitting by paragraphs", () => {
  const paragraph = (n: number) => `Paragraph ${n} ${"word ".repeat(60).trim()}.`;

  it("groups paragraphs to a sensible length without cutting one", () => {
    const text = Array.from({ length: 12 }, (_, i) => paragraph(i)).join("\n\n");
    const sections = expectLossless(text);
    expect(sections.length).toBeGreaterThan(2);
    expect(sections.length).toBeLessThan(12);
    for (const section of sections) expect(section.text.trim().length).toBeLessThanOrEqual(1400);
    for (const section of sections.slice(0, -1)) expect(section.text.endsWith("\n\n")).toBe(true);
  });

  it("keeps one giant paragraph whole", () => {
    const text = "Lorem ipsum dolor sit amet. ".repeat(20_000);
    expect(expectLossless(text)).toEqual([{ heading: null, text }]);
  });

  it("keeps CRLF and lone CR line endings byte for byte", () => {
    const crlf = Array.from({ length: 10 }, (_, i) => paragraph(i)).join("\r\n\r\n") + "\r\n";
    expect(expectLossless(crlf).length).toBeGreaterThan(1);
    expect(blocks("a\r\rb\r").map((b) => b.start)).toEqual([0, 3]);
    expectLossless("# A\r\nx\r\n\r\n# B\r\ny");
  });

  it("keeps Unicode (Korean, Chinese, emoji, combining marks) intact", () => {
    const text = ["한국 전쟁은 1950년에 시작되었다.", "抗美援朝战争。", "Café naïve 👩🏽‍🏫 e\u0301"].map((p) => p.repeat(30)).join("\n\n");
    const sections = expectLossless(text);
    expect(joined(sections)).toBe(text);
  });

  it("gives leading and repeated empty lines to the section before them", () => {
    const text = "\n\n  \nFirst.\n\n\n\n\t\nSecond.\n\n";
    const sections = expectLossless(text);
    expect(sections).toHaveLength(1);
    expect(blocks(text).map((b) => text.slice(b.start, b.end))).toEqual(["\n\n  \nFirst.\n\n\n\n\t\n", "Second.\n\n"]);
  });

  it("handles empty and blank-only text", () => {
    expect(splitText("")).toEqual([]);
    expect(expectLossless(" \n\n ")).toEqual([{ heading: null, text: " \n\n " }]);
  });
});

describe("the teacher's adjustments", () => {
  const text = "# A\n\none\n\ntwo\n\nthree\n\n# B\n\nfour\n";
  const base = splitText(text);

  it("merges two sections", () => {
    const merged = mergeWithNext(base, 0);
    expect(merged).toEqual([{ heading: "A", text }]);
    expect(mergeWithNext(base, 1)).toBe(base); // nothing after the last
  });

  it("splits a section at a paragraph", () => {
    const split = splitAtParagraph(base, 0, 2); // before "two"
    expect(split.map((s) => s.text)).toEqual(["# A\n\none\n\n", "two\n\nthree\n\n", "# B\n\nfour\n"]);
    expect(split[1]!.heading).toBeNull();
    expect(splitAtParagraph(base, 0, 0)).toBe(base); // before the first paragraph: no empty section
    expect(splitAtParagraph(base, 0, 9)).toBe(base);
  });

  it("renames without touching the text", () => {
    const renamed = renameSection(base, 1, "  The armistice ");
    expect(renamed[1]).toEqual({ heading: "The armistice", text: base[1]!.text });
    expect(renameSection(base, 1, "   ")[1]!.heading).toBeNull();
  });

  it("round-trips through start offsets, as the server receives them", () => {
    const adjusted = splitAtParagraph(mergeWithNext(base, 0), 0, 3);
    expect(sectionsAt(text, startsOf(adjusted)).map((s) => s.text)).toEqual(adjusted.map((s) => s.text));
  });

  it("shows a section as paragraphs without its heading line", () => {
    expect(displayParagraphs("# A\n\none\nline two\n\n\ntwo\n")).toEqual(["one\nline two", "two"]);
  });
});

describe("property: splitting and adjusting never lose or duplicate text", () => {
  // A small seeded generator, so a failure is reproducible from its seed.
  function random(seed: number) {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  const pieces = ["\n", "\r\n", "\r", "\n\n", " ", "\t", "# ", "## ", "### T", "word", "Ünïcødé", "전쟁", "😀", "#", "  ", "text. ", "x".repeat(300)];

  it("holds over 500 random texts and random adjustments", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = random(seed);
      const length = Math.floor(next() * 200);
      const text = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join("");
      let sections = splitText(text);
      expect(joined(sections), `seed ${seed}`).toBe(text);
      for (let step = 0; step < 10 && sections.length > 0; step++) {
        const index = Math.floor(next() * sections.length);
        const roll = next();
        if (roll < 0.4) sections = mergeWithNext(sections, index);
        else if (roll < 0.8) sections = splitAtParagraph(sections, index, 1 + Math.floor(next() * 4));
        else sections = renameSection(sections, index, `Name ${step}`);
        expect(joined(sections), `seed ${seed} step ${step}`).toBe(text);
        expect(sections.every((s) => s.text.length > 0), `seed ${seed} step ${step}`).toBe(true);
      }
      const starts = startsOf(sections);
      expect(sectionsAt(text, starts).map((s) => s.text)).toEqual(sections.map((s) => s.text));
    }
  });
});
