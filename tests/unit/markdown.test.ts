import { describe, expect, it } from "vitest";
import { renderPostHtml as render } from "@/lib/markdown/render";
import { XSS_SOURCES } from "@/tests/corpus/markdown-xss";

describe("Markdown rendering of posts", () => {
  it("renders Markdown formatting", () => {
    const html = render("**bold** and *italic*\n\n> a quote\n\n- item");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>italic</em>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<li>item</li>");
  });

  it("never renders raw HTML", () => {
    const html = render(XSS_SOURCES[0]!);
    expect(html).not.toMatch(/<script|<img|<iframe|onerror/i);
  });

  it("drops javascript: and data: links", () => {
    const html = render(XSS_SOURCES[1]!);
    expect(html).not.toMatch(/javascript:|data:text/i);
  });

  it("marks links as user content that passes no ranking or opener", () => {
    const html = render("[source](https://history.state.gov/milestones/1945-1952/korea)");
    expect(html).toContain('href="https://history.state.gov/milestones/1945-1952/korea"');
    expect(html).toContain('rel="nofollow ugc noopener"');
  });

  it("shows images as their alt text instead of loading them", () => {
    expect(render("![a map](https://example.org/map.png)")).toBe("<p><span>[image: a map]</span></p>");
  });
});
