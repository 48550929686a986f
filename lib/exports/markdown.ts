// Plain text made safe inside Markdown: a name, heading or title that holds `#`, `*`, `[`, `<` or a
// line break cannot start a heading, a link or HTML, or end the line it sits on. Post bodies are
// Markdown already and go in as they are. Pure.
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

export function escapeInline(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(SPECIAL, (character) => `\\${character}`);
}

/** Each line of `text` as a blockquote line, escaped. */
export function blockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeInline(line)}`.trimEnd())
    .join("\n");
}

/** A link whose target cannot break out of its angle brackets. */
export function link(title: string, url: string): string {
  return `[${escapeInline(title)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
