import { fromZonedInput, toZonedInput } from "@/lib/time";

// The due time a quick assignment gets: 7 days from now at 23:59 in the viewer's time zone. Pure,
// so the browser computes it in the zone the page shows and sends it as UTC.
export const DEFAULT_DUE_DAYS = 7;

export function defaultDueAt(now: Date = new Date(), zone = "UTC"): Date {
  const today = toZonedInput(now.toISOString(), zone).slice(0, 10);
  const [year, month, day] = today.split("-").map(Number);
  const dueDay = new Date(Date.UTC(year!, month! - 1, day! + DEFAULT_DUE_DAYS)).toISOString().slice(0, 10);
  return new Date(fromZonedInput(`${dueDay}T23:59`, zone)!);
}
