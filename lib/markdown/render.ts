import { createElement } from "react";
// Relative, and no server-only: the seed and scripts/db/render-posts.ts import this under tsx.
import { MarkdownPipeline } from "./pipeline";
import { toStaticMarkup } from "./static-markup";

// Posts are rendered once, when written, and the HTML is stored beside the source (ADR 0014).
// Raise the version whenever the pipeline's output changes; `npm run db:render-posts` then
// re-renders the older rows, and until it has, reads render them on the fly.
export const RENDERER_VERSION = 1;

/** A post's Markdown as sanitized HTML: the same output the pages showed when they rendered per request. */
export function renderPostHtml(source: string): string {
  return toStaticMarkup(createElement(MarkdownPipeline, { source }));
}

/** The columns to write in the same INSERT/UPDATE as a post's body. */
export function renderedBody(body: string): { bodyHtml: string; bodyHtmlVersion: number } {
  return { bodyHtml: renderPostHtml(body), bodyHtmlVersion: RENDERER_VERSION };
}

export type StoredBody = { body: string; bodyHtml: string | null; bodyHtmlVersion: number | null };

/** The stored HTML when the current renderer made it; otherwise (a row not yet backfilled) a fresh render. */
export function postHtml({ body, bodyHtml, bodyHtmlVersion }: StoredBody): string {
  return bodyHtml !== null && bodyHtmlVersion === RENDERER_VERSION ? bodyHtml : renderPostHtml(body);
}

/** Select these with a post to call postHtml. */
export const STORED_BODY_SELECT = { body: true, bodyHtml: true, bodyHtmlVersion: true } as const;
