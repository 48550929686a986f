// The stance poll's 5-point scale and how a shift reads. Pure, so pages and forms share it.
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  1: "Strongly disagree",
  2: "Disagree",
  3: "Unsure",
  4: "Agree",
  5: "Strongly agree",
};

export function ratingLabel(rating: number): string {
  return RATING_LABELS[rating as Rating] ?? String(rating);
}

/** After minus before, signed ("+2", "−1", "0"); null when either answer is missing. */
export function shiftOf(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

export function describeShift(before: number | null, after: number | null): string {
  const shift = shiftOf(before, after);
  if (shift !== null) return shift > 0 ? `+${shift}` : shift < 0 ? `−${-shift}` : "0";
  if (before === null && after === null) return "No answers";
  return before === null ? "No before answer" : "No after answer";
}
