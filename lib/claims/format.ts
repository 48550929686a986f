// Pure (no server-only), so the side notes, the audit log and the demo seed share it.

/** The start of a quote, cut between characters (never inside a surrogate pair), with an ellipsis. */
export function shortQuote(quote: string, max = 120): string {
  const characters = [...quote];
  return characters.length > max ? `${characters.slice(0, max).join("").trimEnd()}…` : quote;
}

// Audit entries point at posts or students, not claims: the reason names the section and passage.
export function describeClaim(position: number, quote: string): string {
  return `Section ${position}: “${shortQuote(quote, 80)}”`;
}
