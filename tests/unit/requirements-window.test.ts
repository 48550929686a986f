import { describe, expect, it } from "vitest";
import { assignmentWindow, type AssignmentTimes } from "@/lib/assignments/window";

const opensAt = new Date("2026-03-01T09:00:00Z");
const dueAt = new Date("2026-03-08T17:00:00Z");
const times = (overrides: Partial<AssignmentTimes> = {}): AssignmentTimes => ({ opensAt, dueAt, latePolicy: "ACCEPT_LATE", ...overrides });
const at = (iso: string) => new Date(iso);

describe("the assignment's time window", () => {
  it("hides the assignment from students before it opens", () => {
    const window = assignmentWindow(times(), "STUDENT", at("2026-03-01T08:59:59Z"));
    expect(window).toMatchObject({ phase: "UPCOMING", visible: false, canPost: false });
    expect(window.reason).toMatch(/opens on Mar 1, 2026/);
  });

  it("opens exactly at opensAt and stays open through the due time", () => {
    expect(assignmentWindow(times(), "STUDENT", opensAt)).toMatchObject({ phase: "OPEN", visible: true, canPost: true, late: false, reason: null });
    expect(assignmentWindow(times(), "STUDENT", dueAt)).toMatchObject({ phase: "OPEN", canPost: true, late: false });
  });

  it("accepts late posts marked late under ACCEPT_LATE", () => {
    const window = assignmentWindow(times(), "STUDENT", at("2026-03-08T17:00:01Z"));
    expect(window).toMatchObject({ phase: "LATE", visible: true, canPost: true, late: true });
  });

  it("closes at the due time under CLOSE_AT_DUE: readable, not postable", () => {
    const window = assignmentWindow(times({ latePolicy: "CLOSE_AT_DUE" }), "STUDENT", at("2026-03-09T00:00:00Z"));
    expect(window).toMatchObject({ phase: "CLOSED", visible: true, canPost: false, late: false });
    expect(window.reason).toBe("This discussion closed on Mar 8, 2026, 5:00 PM UTC.");
  });

  it("never closes without a due time", () => {
    expect(assignmentWindow(times({ dueAt: null, latePolicy: "CLOSE_AT_DUE" }), "STUDENT", at("2030-01-01T00:00:00Z")).canPost).toBe(true);
  });

  it("lets teachers and TAs see and post at any time, never late", () => {
    for (const role of ["TEACHER", "TA"] as const) {
      for (const now of ["2026-02-01T00:00:00Z", "2026-03-20T00:00:00Z"]) {
        expect(assignmentWindow(times({ latePolicy: "CLOSE_AT_DUE" }), role, at(now))).toMatchObject({ visible: true, canPost: true, late: false });
      }
    }
  });

  it("makes an archived class read-only for everyone", () => {
    for (const role of ["TEACHER", "TA", "STUDENT"] as const) {
      expect(assignmentWindow(times({ archivedAt: opensAt }), role, at("2026-03-02T00:00:00Z"))).toMatchObject({
        phase: "ARCHIVED",
        visible: true,
        canPost: false,
        reason: "This class is archived and read-only.",
      });
    }
  });
});
