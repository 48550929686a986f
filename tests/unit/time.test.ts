import { describe, expect, it } from "vitest";
import { defaultDueAt } from "@/lib/assignments/defaults";
import { formatInZone, fromZonedInput, isTimeZone, relativeTime, timeLeft, toZonedInput } from "@/lib/time";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso).getTime();

describe("formatInZone", () => {
  const instant = "2026-12-02T15:13:00.000Z";

  it("shows one instant in each zone, with the zone's name", () => {
    expect(formatInZone(instant, "UTC")).toBe("Dec 2, 2026, 3:13 PM UTC");
    expect(formatInZone(instant, "America/Chicago")).toBe("Dec 2, 2026, 9:13 AM CST");
    expect(formatInZone(instant, "Europe/Berlin")).toBe("Dec 2, 2026, 4:13 PM GMT+1");
    expect(formatInZone(instant, "Asia/Seoul")).toBe("Dec 3, 2026, 12:13 AM GMT+9");
    // Lord Howe moves by half an hour; in December it is on summer time, +11.
    expect(formatInZone(instant, "Australia/Lord_Howe")).toBe("Dec 3, 2026, 2:13 AM GMT+11");
    expect(formatInZone("2026-06-02T15:13:00.000Z", "Australia/Lord_Howe")).toBe("Jun 3, 2026, 1:43 AM GMT+10:30");
  });

  it("shows both sides of America/Chicago's spring-forward gap and fall-back repeat", () => {
    // 2026-03-08: 01:59 CST is followed by 03:00 CDT.
    expect(formatInZone("2026-03-08T07:59:00Z", "America/Chicago")).toBe("Mar 8, 2026, 1:59 AM CST");
    expect(formatInZone("2026-03-08T08:00:00Z", "America/Chicago")).toBe("Mar 8, 2026, 3:00 AM CDT");
    // 2026-11-01: 01:30 happens twice, first in CDT, then in CST.
    expect(formatInZone("2026-11-01T06:30:00Z", "America/Chicago")).toBe("Nov 1, 2026, 1:30 AM CDT");
    expect(formatInZone("2026-11-01T07:30:00Z", "America/Chicago")).toBe("Nov 1, 2026, 1:30 AM CST");
  });

  it("shows both sides of Europe/Berlin's transitions", () => {
    // 2026-03-29: 01:59 CET is followed by 03:00 CEST.
    expect(formatInZone("2026-03-29T00:59:00Z", "Europe/Berlin")).toBe("Mar 29, 2026, 1:59 AM GMT+1");
    expect(formatInZone("2026-03-29T01:00:00Z", "Europe/Berlin")).toBe("Mar 29, 2026, 3:00 AM GMT+2");
    // 2026-10-25: 02:30 happens twice.
    expect(formatInZone("2026-10-25T00:30:00Z", "Europe/Berlin")).toBe("Oct 25, 2026, 2:30 AM GMT+2");
    expect(formatInZone("2026-10-25T01:30:00Z", "Europe/Berlin")).toBe("Oct 25, 2026, 2:30 AM GMT+1");
  });
});

describe("typed local times (datetime-local inputs)", () => {
  it("reads an ordinary time in the viewer's zone, and shows it back", () => {
    expect(fromZonedInput("2026-12-02T09:13", "America/Chicago")).toBe("2026-12-02T15:13:00.000Z");
    expect(fromZonedInput("2026-12-03T00:13", "Asia/Seoul")).toBe("2026-12-02T15:13:00.000Z");
    expect(fromZonedInput("2026-12-03T02:13", "Australia/Lord_Howe")).toBe("2026-12-02T15:13:00.000Z");
    expect(toZonedInput("2026-12-02T15:13:00.000Z", "America/Chicago")).toBe("2026-12-02T09:13");
    expect(toZonedInput("2026-12-02T15:13:00.000Z", "Asia/Seoul")).toBe("2026-12-03T00:13");
  });

  it("moves a time skipped at spring-forward ahead by the gap", () => {
    expect(fromZonedInput("2026-03-08T02:30", "America/Chicago")).toBe("2026-03-08T08:30:00.000Z"); // 03:30 CDT
    expect(fromZonedInput("2026-03-08T03:00", "America/Chicago")).toBe("2026-03-08T08:00:00.000Z");
    expect(fromZonedInput("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    // Lord Howe's gap is half an hour: 02:00 → 02:30 on 2026-10-04.
    expect(fromZonedInput("2026-10-04T02:15", "Australia/Lord_Howe")).toBe("2026-10-03T15:45:00.000Z"); // 02:45 +11
  });

  it("takes the first of a time repeated at fall-back", () => {
    expect(fromZonedInput("2026-11-01T01:30", "America/Chicago")).toBe("2026-11-01T06:30:00.000Z"); // CDT
    expect(fromZonedInput("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z"); // CEST
    expect(toZonedInput("2026-11-01T07:30:00Z", "America/Chicago")).toBe("2026-11-01T01:30");
  });

  it("refuses what is not a time", () => {
    expect(fromZonedInput("", "UTC")).toBeNull();
    expect(fromZonedInput("2026-02-30T10:00", "UTC")).toBeNull();
    expect(fromZonedInput("2026-12-02 10:00", "UTC")).toBeNull();
  });

  it("gives the default due time at 23:59 in the viewer's zone", () => {
    const now = new Date("2026-12-02T03:00:00Z"); // still Dec 1 in Chicago
    expect(defaultDueAt(now, "America/Chicago").toISOString()).toBe("2026-12-09T05:59:00.000Z"); // Dec 8 23:59 CST
    expect(defaultDueAt(now, "Asia/Seoul").toISOString()).toBe("2026-12-09T14:59:00.000Z"); // Dec 9 23:59 KST
  });
});

describe("relativeTime", () => {
  const now = at("2026-12-02T15:00:00Z");
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it("says how long ago a recent time was, at each boundary", () => {
    expect(relativeTime(ago(0), now, "UTC")).toBe("just now");
    expect(relativeTime(ago(59_999), now, "UTC")).toBe("just now");
    expect(relativeTime(ago(MINUTE), now, "UTC")).toBe("1 min ago");
    expect(relativeTime(ago(59 * MINUTE + 59_999), now, "UTC")).toBe("59 min ago");
    expect(relativeTime(ago(HOUR), now, "UTC")).toBe("1 h ago");
    expect(relativeTime(ago(DAY - 1), now, "UTC")).toBe("23 h ago");
  });

  it("counts days by the calendar of the viewer's zone", () => {
    // 26 h before 15:00 UTC on Dec 2 is 13:00 UTC on Dec 1: yesterday in UTC…
    expect(relativeTime(ago(26 * HOUR), now, "UTC")).toBe("yesterday");
    // …but in Seoul (+9) that is Dec 1 22:00 vs Dec 3 00:00: two days ago.
    expect(relativeTime(ago(26 * HOUR), now, "Asia/Seoul")).toBe("2 days ago");
    expect(relativeTime(ago(6 * DAY), now, "UTC")).toBe("6 days ago");
  });

  it("gives nothing for old or future times, which are shown exactly", () => {
    expect(relativeTime(ago(7 * DAY), now, "UTC")).toBeNull();
    expect(relativeTime(ago(-2 * MINUTE), now, "UTC")).toBeNull();
  });
});

describe("timeLeft", () => {
  const now = at("2026-12-02T15:00:00Z");
  const inMs = (ms: number) => new Date(now + ms).toISOString();

  it("says how long is left before the due time", () => {
    expect(timeLeft(inMs(2 * DAY + HOUR), now)).toBe("2 days left");
    expect(timeLeft(inMs(DAY), now)).toBe("1 day left");
    expect(timeLeft(inMs(DAY - 1), now)).toBe("23 h left");
    expect(timeLeft(inMs(HOUR), now)).toBe("1 h left");
    expect(timeLeft(inMs(5 * MINUTE), now)).toBe("5 min left");
    expect(timeLeft(inMs(30_000), now)).toBe("less than a minute left");
  });

  it("says how long ago it was due once past", () => {
    expect(timeLeft(inMs(0), now)).toBe("due just now");
    expect(timeLeft(inMs(-3 * HOUR), now)).toBe("due 3 h ago");
    expect(timeLeft(inMs(-3 * DAY), now)).toBe("due 3 days ago");
  });
});

describe("isTimeZone", () => {
  it("accepts IANA names and refuses anything else", () => {
    for (const zone of ["UTC", "America/Chicago", "Europe/Berlin", "Asia/Seoul", "Australia/Lord_Howe", "America/Argentina/Buenos_Aires"]) {
      expect(isTimeZone(zone)).toBe(true);
    }
    for (const zone of ["", "Mars/Olympus_Mons", "America/Chicago\u0000", "../etc/passwd", 5, null]) {
      expect(isTimeZone(zone)).toBe(false);
    }
  });
});
