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
    router.push(`${path}?passage=${mark.dataset.start}-${mark.dataset.end}#passage-posts`, { scroll: false });
  };

  return (
    // Clicking a shaded passage is a shortcut; the "Most quoted passages" list is the keyboard's way.
    <div
      ref={container}
      className="space-y-3 font-serif text-lg leading-relaxed text-slate-900"
      data-testid="section-text"
      onClick={openHeat}
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

// Text pieces carry their offsets (data-start, data-end); a boundary inside one adds its offset.
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
  const before = [...element.querySelectorAll<HTMLElement>("[data-end]")].filter((piece) =>
    child ? piece.compareDocumentPosition(child) & Node.DOCUMENT_POSITION_FOLLOWING : true,
  );
  const last = before.at(-1);
  return last ? Number(last.dataset.end) : null;
}
