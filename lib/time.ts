// Times in a viewer's time zone: pure, so the server and the browser compute the same text.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const RECENT_DAYS = 7;

export const DEFAULT_TIME_ZONE = "UTC";

let zones: Set<string> | undefined;

/** Every IANA zone this runtime knows, plus UTC (which `supportedValuesOf` leaves out). */
export function timeZones(): string[] {
  zones ??= new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  return [...zones];
}

// Also an alias a browser may report ("Asia/Calcutta") that this runtime lists under another name.
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(value)) return false;
  timeZones();
  if (zones!.has(value)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, kind: "display" | "parts"): Intl.DateTimeFormat {
  const key = `${kind} ${zone}`;
  let format = formatters.get(key);
  if (!format) {
    format =
      kind === "display"
        ? new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" })
        : new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formatters.set(key, format);
  }
  return format;
}

/** "Dec 2, 2026, 9:13 AM CST". Spaces are plain ones: ICU versions differ on U+202F before "AM". */
export function formatInZone(iso: string, zone: string): string {
  return formatter(zone, "display").format(new Date(iso)).replace(/\s/g, " ");
}

// The wall clock in `zone` at `instant`, read as if it were UTC (milliseconds).
function wallClock(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone, "parts").formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

function offsetAt(instant: number, zone: string): number {
  return wallClock(instant, zone) - Math.floor(instant / 1000) * 1000;
}

/** "2026-03-08T02:30" for a datetime-local input showing `iso` in `zone`. */
export function toZonedInput(iso: string, zone: string): string {
  return new Date(wallClock(new Date(iso).getTime(), zone)).toISOString().slice(0, 16);
}

/**
 * The instant a wall-clock time typed in `zone` names, as ISO (UTC); null when it is not a time.
 * Like Temporal's "compatible": a time skipped by a spring-forward gap moves forward by the gap
 * (02:30 → 03:30), and a time repeated at fall-back is its first occurrence.
 */
export function fromZonedInput(local: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number);
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || check.getUTCHours() !== hour!) return null;
  // Zones change offset at most once a day, so the offsets a day either side cover both readings.
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  const readings = [wall - before, wall - after].filter((instant) => wallClock(instant, zone) === wall);
  const instant = readings.length ? Math.min(...readings) : wall - before;
  return new Date(instant).toISOString();
}

function calendarDay(instant: number, zone: string): number {
  return Math.floor(wallClock(instant, zone) / DAY);
}

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago"; null when not recent (or future). */
export function relativeTime(iso: string, now: number, zone: string): string | null {
  const then = new Date(iso).getTime();
  const elapsed = now - then;
  if (elapsed < -MINUTE) return null;
  if (elapsed < MINUTE) return "just now";
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const days = calendarDay(now, zone) - calendarDay(then, zone);
  if (days <= 1) return "yesterday";
  return days < RECENT_DAYS ? `${days} days ago` : null;
}

function span(ms: number): string {
  if (ms >= 2 * DAY) return `${Math.floor(ms / DAY)} days`;
  if (ms >= DAY) return "1 day";
  if (ms >= HOUR) return `${Math.floor(ms / HOUR)} h`;
  if (ms >= MINUTE) return `${Math.floor(ms / MINUTE)} min`;
  return "";
}

/** "2 days left", "5 h left", "less than a minute left"; "due 3 h ago" once past. */
export function timeLeft(dueIso: string, now: number): string {
  const remaining = new Date(dueIso).getTime() - now;
  if (remaining > 0) return remaining < MINUTE ? "less than a minute left" : `${span(remaining)} left`;
  const late = -remaining;
  return late < MINUTE ? "due just now" : `due ${span(late)} ago`;
}
