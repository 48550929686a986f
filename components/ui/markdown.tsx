// A post's body as HTML that our own renderer made (lib/markdown/render.ts), at write time or as
// a fallback on read. It is never HTML a user wrote: react-markdown escapes raw HTML in the source
// and rehype-sanitize strips dangerous URLs and attributes before it becomes markup (ADR 0014).
export function Markdown({ html }: { html: string }) {
  return <div className="prose-post break-words" dangerouslySetInnerHTML={{ __html: html }} />;
}
