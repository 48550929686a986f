import type { ReactNode } from "react";

// A wide table scrolls sideways inside its box on a phone, not the page; a keyboard user can focus
// the box to scroll it with the arrow keys, and a screen reader hears what it holds. `relative`
// keeps positioned content (visually hidden labels) inside the box rather than widening the page.
export function ScrollRegion({ label, card = true, children }: { label: string; card?: boolean; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${card ? "card p-0" : ""}`}>
      {children}
    </div>
  );
}
