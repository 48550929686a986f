// Posts over time as chart buckets: by hour when the posts span two days or less, else by day,
// with the empty hours or days in between filled so the chart's gaps are real. Pure.

export type TimeBucket = { label: string; responses: number; replies: number };
export type Timeline = { unit: "hour" | "day"; buckets: TimeBucket[] };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// Beyond this many buckets the chart would be unreadable: the longest assignments show their last.
export const MAX_BUCKETS = 120;

// "2026-12-02T09" (a wall-clock hour) as a UTC instant, so the arithmetic ignores DST.
function instant(hour: string): number {
  return Date.parse(`${hour}:00:00Z`);
}

function key(time: number, unit: Timeline["unit"]): string {
  const iso = new Date(time).toISOString();
  return unit === "hour" ? `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00` : iso.slice(0, 10);
}

export function timeline(hours: { hour: string; responses: number; replies: number }[]): Timeline {
  if (hours.length === 0) return { unit: "day", buckets: [] };
  const first = instant(hours[0]!.hour);
  const last = instant(hours.at(-1)!.hour);
  const unit = last - first <= 2 * DAY_MS ? "hour" : "day";
  const step = unit === "hour" ? HOUR_MS : DAY_MS;
  const align = (time: number) => (unit === "hour" ? time : time - (time % DAY_MS));
  const end = align(last);
  const counts = new Map<string, TimeBucket>();
  for (let time = Math.max(align(first), end - (MAX_BUCKETS - 1) * step); time <= end; time += step) {
    const label = key(time, unit);
    counts.set(label, { label, responses: 0, replies: 0 });
  }
  for (const { hour, responses, replies } of hours) {
    const bucket = counts.get(key(instant(hour), unit));
    if (!bucket) continue;
    bucket.responses += responses;
    bucket.replies += replies;
  }
  return { unit, buckets: [...counts.values()] };
}
