import { describe, expect, it } from "vitest";
import { sectionTextHtml } from "@/lib/debate/section-text-html";

// Two paragraphs; the text carries markup and quotes that must arrive as text.
const body = `Tom said "<b>stop</b>" & left.\n\nThe war's end was a pause.`;
const paragraphs = [
  { start: 0, end: 30 },
  { start: 32, end: body.length },
];

describe("sectionTextHtml", () => {
  it("escapes the text, so markup in a section is shown, never run", () => {
    const html = sectionTextHtml({ body, paragraphs, heat: [], claims: [], openPassage: null });
    expect(html).toBe(
      `<p><span data-start="0" data-end="30">Tom said &quot;&lt;b&gt;stop&lt;/b&gt;&quot; &amp; left.</span></p>` +
        `<p><span data-start="32" data-end="58">The war&#x27;s end was a pause.</span></p>`,
    );
  });

  it("shades quoted passages by count, numbers claims after their last piece and outlines the open passage", () => {
    const heat = [
      { start: 32, end: 39, count: 1 },
      { start: 39, end: 46, count: 6 },
    ];
    const claims = [{ id: "claim-a", start: 36, end: 46, number: 1 }];
    const html = sectionTextHtml({ body, paragraphs, heat, claims, openPassage: { start: 39, end: 46 } });
    // A piece ends where the next begins: only a paragraph's last piece says where it ends.
    expect(html).toContain(`<mark data-start="32" data-heat="1" class="heat-1">The </mark>`);
    expect(html).toContain(`<mark data-start="36" data-heat="1" class="heat-1 claimed">war</mark>`);
    expect(html).toContain(
      `<mark data-start="39" data-heat="6" class="heat-3 claimed outline-2 outline-indigo-600">&#x27;s end </mark>` +
        `<sup class="ml-0.5 font-sans text-xs"><a href="#claim-claim-a" aria-label="Contested claim 1">[1]</a></sup>`,
    );
    expect(html).toContain(`<span data-start="46" data-end="58">was a pause.</span>`);
  });
});
