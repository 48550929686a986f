import { formatInZone } from "@/lib/time";

export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? noun : pluralNoun}`;
}

/** "Section 2: The armistice", or "Section 2" when it has no heading. */
export function sectionTitle(position: number, heading: string | null): string {
  return heading ? `Section ${position}: ${heading}` : `Section ${position}`;
}

// For messages built where no viewer's zone is known (a refusal, an audit reason): UTC, labelled.
// Pages show times with components/ui/local-time.tsx instead, in the viewer's zone.
export function formatTimestamp(iso: string): string {
  return formatInZone(iso, "UTC");
}

/** At most `max` characters (whole code points, so no half of a CJK ideograph or emoji), with "…" when cut. */
export function truncate(text: string, max: number): string {
  const characters = [...text];
  return characters.length > max ? `${characters.slice(0, max).join("").trimEnd()}…` : text;
}

/** The start of a Markdown post as plain text: markup dropped, whitespace collapsed, cut at a word. */
export function plainExcerpt(markdown: string, length: number): string {
  const plain = markdown
    .replace(/^\s*(```|~~~).*$/gm, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(?:#{1,6}\s+|(?:>\s?)+|[-*+]\s+|\d{1,9}[.)]\s+)/gm, "")
    .replace(/\*\*|__|~~|`|\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= length) return plain;
  const cut = plain.lastIndexOf(" ", length);
  return `${plain.slice(0, cut > length / 2 ? cut : length)}…`;
}
