import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import rehypeSanitize from "rehype-sanitize";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { countWords } from "../assignments/words";

// Posts are rendered once, when written, and the HTML is stored beside the source (ADR 0014).
// Raise the version whenever the pipeline's output changes; `npm run db:render-posts` then
// re-renders the older rows, and until it has, reads render them on the fly. Version 2 added the
// stored word count (Post.words), valid under the same version.
export const RENDERER_VERSION = 2;

// Links are user content: they pass no ranking or opener, and open in a new tab. Images are not
// loaded (they would track readers): they show as their alt text.
function userContentRules() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName === "a") {
        node.properties = { href: node.properties.href, rel: ["nofollow", "ugc", "noopener"], target: "_blank" };
      } else if (node.tagName === "img" && parent && index !== undefined) {
        const alt = typeof node.properties.alt === "string" && node.properties.alt ? `[image: ${node.properties.alt}]` : "[image]";
        parent.children[index] = { type: "element", tagName: "span", properties: {}, children: [{ type: "text", value: alt }] };
      }
    });
  };
}

// The unified chain react-markdown runs (remark-parse, then remark-rehype, which drops raw HTML in
// the source), then rehype-sanitize (GitHub's allow-list: no dangerous URLs or attributes), then
// our rules; hast-util-to-html writes the markup. No server-only: the seed and
// scripts/db/render-posts.ts import this under tsx.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(userContentRules).freeze();

/** A post's Markdown as sanitized HTML. */
export function renderPostHtml(source: string): string {
  // Written as React wrote it (<br/>, &lt;), so stored HTML matches what the pages showed before.
  return toHtml(processor.runSync(processor.parse(source)) as Root, { closeSelfClosing: true, tightSelfClosing: true, characterReferences: { useNamedReferences: true } });
}

/** The columns to write in the same INSERT/UPDATE as a post's body. */
export function renderedBody(body: string): { bodyHtml: string; bodyHtmlVersion: number; words: number } {
  return { bodyHtml: renderPostHtml(body), bodyHtmlVersion: RENDERER_VERSION, words: countWords(body) };
}

export type StoredBody = { body: string; bodyHtml: string | null; bodyHtmlVersion: number | null };

/** The stored HTML when the current renderer made it; otherwise (a row not yet backfilled) a fresh render. */
export function postHtml({ body, bodyHtml, bodyHtmlVersion }: StoredBody): string {
  return bodyHtml !== null && bodyHtmlVersion === RENDERER_VERSION ? bodyHtml : renderPostHtml(body);
}

/** The stored word count when the current renderer wrote it; otherwise a fresh count. */
export function postWords({ body, words, bodyHtmlVersion }: { body: string; words: number | null; bodyHtmlVersion: number | null }): number {
  return words !== null && bodyHtmlVersion === RENDERER_VERSION ? words : countWords(body);
}

/** Select these with a post to call postHtml. */
export const STORED_BODY_SELECT = { body: true, bodyHtml: true, bodyHtmlVersion: true } as const;
