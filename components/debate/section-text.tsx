"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { trimSpan, type Span } from "@/lib/discussion/quote-spans";
import { usePassageSelection } from "@/components/debate/passage-selection";

type SectionTextProps = {
  body: string;
  // The text laid out, shaded and numbered, made on the server (lib/debate/section-text-html.ts)
  // from the section's own text, with every character of it escaped there.
  html: string;
  // The section page's path, for the links that open a passage.
  path: string;
};

// The section's text, with quoted passages shaded by how often they are quoted and contested
// claims underlined. Selecting words chooses a passage for the forms below; clicking a shaded
// passage lists the posts that quote it (the "Quoted passages" list does the same by keyboard).
// One listener on the whole text, not one per passage: a heavily quoted section has hundreds.
export function SectionText({ body, html, path }: SectionTextProps) {
  const container = useRef<HTMLDivElement>(null);
  const { choose } = usePassageSelection();
  const router = useRouter();

  useEffect(() => {
    const onSelectionChange = () => {
      const span = selectedSpan(container.current, body);
      if (span) choose({ ...span, text: body.slice(span.start, span.end) });
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [body, choose]);

  const openHeat = (event: React.MouseEvent<HTMLDivElement>) => {
    const mark = (event.target as Element).closest<HTMLElement>("mark[data-heat]");
    // A drag that selected words is a selection, not a click.
    if (!mark || !window.getSelection()?.isCollapsed) return;
    router.push(`${path}?passage=${mark.dataset.start}-${pieceEnd(mark)}#passage-posts`, { scroll: false });
  };

  // The tooltip is made on first hover, not sent with every piece (lib/debate/section-text-html.ts).
  const titleHeat = (event: React.MouseEvent<HTMLDivElement>) => {
    const mark = (event.target as Element).closest<HTMLElement>("mark[data-heat]");
    if (!mark || mark.title) return;
    const count = Number(mark.dataset.heat);
    mark.title = `Quoted in ${count} ${count === 1 ? "post" : "posts"}`;
  };

  return (
    // Clicking a shaded passage is a shortcut; the "Most quoted passages" list is the keyboard's way.
    <div
      ref={container}
      className="space-y-3 font-serif text-lg leading-relaxed text-slate-900"
      data-testid="section-text"
      onClick={openHeat}
      onMouseOver={titleHeat}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

// The current selection as offsets into the body, when it lies within the text.
function selectedSpan(root: HTMLElement | null, body: string): Span | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = boundaryOffset(range.startContainer, range.startOffset, "start");
  const end = boundaryOffset(range.endContainer, range.endOffset, "end");
  if (start === null || end === null || start >= end) return null;
  return trimSpan(body, { start, end });
}

// A text piece ends where the next piece of its paragraph starts; a paragraph's last piece says
// where it ends (data-end).
function pieceEnd(piece: HTMLElement): number {
  if (piece.dataset.end) return Number(piece.dataset.end);
  let next = piece.nextElementSibling;
  while (next && !(next instanceof HTMLElement && next.dataset.start)) next = next.nextElementSibling;
  return Number((next as HTMLElement).dataset.start);
}

// Text pieces carry their start (data-start); a boundary inside one adds its offset.
function boundaryOffset(node: Node, offset: number, edge: "start" | "end"): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest<HTMLElement>("[data-start]");
    return piece ? Number(piece.dataset.start) + offset : null;
  }
  const element = node as Element;
  const child = element.childNodes[offset];
  if (child && edge === "start") {
    const piece = child instanceof HTMLElement && child.matches("[data-start]") ? child : (child as Element).querySelector?.<HTMLElement>("[data-start]");
    return piece ? Number(piece.dataset.start) : null;
  }
  const before = [...element.querySelectorAll<HTMLElement>("[data-start]")].filter((piece) =>
    child ? piece.compareDocumentPosition(child) & Node.DOCUMENT_POSITION_FOLLOWING : true,
  );
  const last = before.at(-1);
  return last ? pieceEnd(last) : null;
}
