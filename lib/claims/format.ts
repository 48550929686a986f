import { truncate } from "@/lib/format";
// Pure (no server-only), so the side notes, the audit log and the demo seed share it.

/** The start of a quote, cut between characters (never inside a surrogate pair), with an ellipsis. */

// Audit entries point at posts or students, not claims: the reason names the section and passage.
export function describeClaim(position: number, quote: string): string {
  return `Section ${position}: “${truncate(quote, 80)}”`;
}
