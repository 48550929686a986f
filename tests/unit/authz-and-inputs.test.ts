import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/discussion/cursor";
import { JoinCode, generateJoinCode } from "@/lib/classes/join-code";
import { safeReturnPath } from "@/lib/return-path";
import { can, canDeletePost, canEditPost, type Permission } from "@/lib/authz";

describe("cursor", () => {
  it("round-trips and rejects anything malformed", () => {
    const cursor = { createdAt: new Date("2026-03-01T12:00:00.123Z"), id: "cabc123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const bad of ["", "garbage", Buffer.from('["nope","x"]').toString("base64url"), Buffer.from('["2026-03-01T12:00:00Z","a;drop"]').toString("base64url")]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});

describe("join codes", () => {
  it("generates codes its own parser accepts", () => {
    for (let i = 0; i < 50; i++) expect(JoinCode.safeParse(generateJoinCode()).success).toBe(true);
  });

  it("normalises case, spaces and dashes; rejects ambiguous characters", () => {
    expect(JoinCode.parse(" kwar-7dmn ")).toBe("KWAR7DMN");
    expect(JoinCode.safeParse("KWAR0DMN").success).toBe(false);
    expect(JoinCode.safeParse("KWAR7DM").success).toBe(false);
  });
});

describe("return paths after sign-in", () => {
  it("keeps same-site paths and refuses anything that leaves the site", () => {
    expect(safeReturnPath("/classes/abc")).toBe("/classes/abc");
    for (const bad of ["https://evil.test", "//evil.test", "/\\evil.test", "javascript:alert(1)", null, ""]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
});

describe("permissions", () => {
  const matrix: Record<Permission, [teacher: boolean, ta: boolean, student: boolean]> = {
    "view:class": [true, true, true],
    "view:join-code": [true, true, false],
    "view:roster": [true, true, false],
    "manage:class": [true, false, false],
    "assign:reading": [true, false, false],
    "create:post": [true, true, true],
    "edit:post:own": [true, true, true],
    "delete:post:own": [true, true, true],
    "report:post": [true, true, true],
    "moderate:class": [true, true, false],
    "configure:moderation": [true, false, false],
    "mark:claim": [true, true, false],
    "answer:poll": [false, false, true],
    "view:poll-results": [true, true, false],
    "reset:password": [true, false, false],
    "grade:assignment": [true, false, false],
    "configure:grading": [true, false, false],
    "view:own-grade": [false, false, true],
  };

  it.each(Object.entries(matrix))("%s", (permission, [teacher, ta, student]) => {
    const p = permission as Permission;
    expect([can("TEACHER", p), can("TA", p), can("STUDENT", p), can(null, p)]).toEqual([teacher, ta, student, false]);
  });

  it("a class that lets TAs grade extends grading to its TAs, and nothing else", () => {
    const allowing = { tasMayGrade: true };
    expect([can("TA", "grade:assignment", allowing), can("TA", "grade:assignment", { tasMayGrade: false })]).toEqual([true, false]);
    expect([can("STUDENT", "grade:assignment", allowing), can("TA", "configure:grading", allowing), can("TA", "manage:class", allowing)]).toEqual([false, false, false]);
    expect(can("TEACHER", "grade:assignment", { tasMayGrade: false })).toBe(true);
  });

  it("lets only the author edit or delete a post", () => {
    const post = { authorId: "author" };
    expect(canEditPost({ userId: "author", role: "STUDENT" }, post)).toBe(true);
    expect(canDeletePost({ userId: "author", role: "STUDENT" }, post)).toBe(true);
    expect(canEditPost({ userId: "someone", role: "TEACHER" }, post)).toBe(false);
    expect(canDeletePost({ userId: "someone", role: "TEACHER" }, post)).toBe(false);
  });
});
