// The section's text as HTML: paragraphs cut into pieces, quoted passages shaded by how often they
// are quoted (<mark>), contested claims underlined and numbered. A heavily quoted section has
// hundreds of pieces; built as a string, once per change of the section's discussion (it is cached
// with the heat it shows, lib/sections/section-view.ts), instead of hundreds of React elements
// rendered twice (RSC and HTML) on every request. Pure; everything in it is escaped here.
import { heatLevel, paragraphPieces, type HeatSegment, type Piece } from "@/lib/debate/heat";
import type { Span } from "@/lib/discussion/quote-spans";

export type SectionTextInput = {
  body: string;
  paragraphs: Span[];
  heat: HeatSegment[];
  // Numbered in text order; the marker links to the side note.
  claims: (Span & { id: string; number: number })[];
  // The passage whose quoting posts are listed below (?passage=), outlined in the text.
  openPassage: Span | null;
};

// A heavily quoted section has hundreds of pieces, and the page carries its text three times (the
// HTML, and the RSC payload inline and on navigation): each piece says only what the browser cannot
// work out. A piece ends where the next begins, so only a paragraph's last piece says where it ends
// (data-end); the tooltip ("Quoted in 3 posts") is made from data-heat on hover
// (components/debate/section-text.tsx); short class names (app/globals.css).
const HEAT_CLASSES = { 1: "heat-1", 2: "heat-2", 3: "heat-3" } as const;
const CLAIM_CLASS = "claimed";
const OPEN_CLASS = "outline-2 outline-indigo-600";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

export function sectionTextHtml({ body, paragraphs, heat, claims, openPassage }: SectionTextInput): string {
  const maxCount = Math.max(0, ...heat.map((segment) => segment.count));
  const piece = (part: Piece, index: number, pieces: Piece[]) => {
    const text = escapeHtml(body.slice(part.start, part.end));
    const isOpen = openPassage !== null && part.start >= openPassage.start && part.end <= openPassage.end;
    const classes = [part.claimIds.length > 0 ? CLAIM_CLASS : "", isOpen ? OPEN_CLASS : ""].filter(Boolean).join(" ");
    const offsets = `data-start="${part.start}"${index === pieces.length - 1 ? ` data-end="${part.end}"` : ""}`;
    const segment = part.heat;
    const element = segment
      ? `<mark ${offsets} data-heat="${segment.count}" class="${`${HEAT_CLASSES[heatLevel(segment.count, maxCount)]} ${classes}`.trim()}">${text}</mark>`
      : `<span ${offsets}${classes ? ` class="${classes}"` : ""}>${text}</span>`;
    const markers = claims
      .filter((claim) => claim.end === part.end && part.claimIds.includes(claim.id))
      .map((claim) => `<sup class="ml-0.5 font-sans text-xs"><a href="#claim-${escapeHtml(claim.id)}" aria-label="Contested claim ${claim.number}">[${claim.number}]</a></sup>`);
    return element + markers.join("");
  };
  return paragraphs.map((paragraph) => `<p>${paragraphPieces(paragraph, heat, claims).map(piece).join("")}</p>`).join("");
}
