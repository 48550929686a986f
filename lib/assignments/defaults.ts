// The due time a quick assignment gets: 7 days from now at 23:59 in the zone this runs in. Pure,
// so the browser computes it in the teacher's own zone and sends it as UTC.
export const DEFAULT_DUE_DAYS = 7;

export function defaultDueAt(now: Date = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + DEFAULT_DUE_DAYS, 23, 59);
}
