"use client";

import { Fragment, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { heatLevel, paragraphPieces, type Piece } from "@/lib/debate/heat";
import { trimSpan, type Span } from "@/lib/discussion/quote-spans";
import { usePassageSelection } from "@/components/debate/passage-selection";

type SectionTextProps = {
  body: string;
  paragraphs: Span[];
  heat: (Span & { count: number })[];
  // Numbered in text order; the marker links to the side note.
  claims: (Span & { id: string; number: number })[];
  // The passage whose quoting posts are listed below (?passage=), outlined in the text.
  openPassage: Span | null;
  // The section page's path, for the links that open a passage.
  path: string;
};

// Short class names (app/globals.css): a heavily quoted section renders hundreds of these.
const HEAT_CLASSES = { 1: "heat heat-1", 2: "heat heat-2", 3: "heat heat-3" } as const;
const CLAIM_CLASS = "claimed";

// The section's text, with quoted passages shaded by how often they are quoted and contested
// claims underlined. Selecting words chooses a passage for the forms below; clicking a shaded
// passage lists the posts that quote it (the "Quoted passages" list does the same by keyboard).
export function SectionText({ body, paragraphs, heat, claims, openPassage, path }: SectionTextProps) {
  const container = useRef<HTMLDivElement>(null);
  const { choose } = usePassageSelection();
  const router = useRouter();
  const maxCount = Math.max(0, ...heat.map((segment) => segment.count));

  useEffect(() => {
    const onSelectionChange = () => {
      const span = selectedSpan(container.current, body);
      if (span) choose({ ...span, text: body.slice(span.start, span.end) });
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [body, choose]);

  const openHeat = (segment: Span) => {
    // A drag that selected words is a selection, not a click.
    if (!window.getSelection()?.isCollapsed) return;
    router.push(`${path}?passage=${segment.start}-${segment.end}#passage-posts`, { scroll: false });
  };

  // One element per piece (a shaded passage is a <mark>), since a heavily quoted section has hundreds.
  const renderPiece = (piece: Piece) => {
    const text = body.slice(piece.start, piece.end);
    const isOpen = openPassage !== null && piece.start >= openPassage.start && piece.end <= openPassage.end;
    const claimEnds = claims.filter((claim) => claim.end === piece.end && piece.claimIds.includes(claim.id));
    const classes = [
      piece.claimIds.length > 0 ? CLAIM_CLASS : "",
      isOpen ? "outline-2 outline-indigo-600" : "",
    ].join(" ");
    const heatSegment = piece.heat;
    return (
      <Fragment key={piece.start}>
        {heatSegment ? (
          <mark
            data-start={piece.start}
            data-end={piece.end}
            data-heat={heatSegment.count}
            className={`${HEAT_CLASSES[heatLevel(heatSegment.count, maxCount)]} ${classes}`.trim()}
            title={`Quoted in ${heatSegment.count} ${heatSegment.count === 1 ? "post" : "posts"}`}
            onClick={() => openHeat(heatSegment)}
          >
            {text}
          </mark>
        ) : (
          <span data-start={piece.start} data-end={piece.end} className={classes.trim() || undefined}>
            {text}
          </span>
        )}
        {claimEnds.map((claim) => (
          <sup key={claim.id} className="ml-0.5 font-sans text-xs">
            <a href={`#claim-${claim.id}`} aria-label={`Contested claim ${claim.number}`}>
              [{claim.number}]
            </a>
          </sup>
        ))}
      </Fragment>
    );
  };

  return (
    <div ref={container} className="space-y-3 font-serif text-lg leading-relaxed text-slate-900" data-testid="section-text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>{paragraphPieces(paragraph, heat, claims).map(renderPiece)}</p>
      ))}
    </div>
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
