import { describe, expect, it } from "vitest";
import { mayHear, toLiveEvent, type LiveNotice } from "@/lib/live/events";

// Who hears a notice on the live bus (ADR 0015): a notification's "notify" is its recipient's alone.
describe("mayHear", () => {
  const notify: LiveNotice = { k: "notify", c: "class", u: "recipient", pub: false };

  it("gives a notification to its recipient only, never to a moderator or a classmate", () => {
    expect(mayHear(notify, { userId: "recipient", moderator: false })).toBe(true);
    expect(mayHear(notify, { userId: "teacher", moderator: true })).toBe(false);
    expect(mayHear(notify, { userId: "classmate", moderator: false })).toBe(false);
  });

  it("sends a browser no ids but the kind", () => {
    expect(toLiveEvent(notify)).toEqual({ kind: "notify", assignmentId: null, sectionId: null, queue: false });
  });

  it("keeps the other kinds' rules: moderators everything, members what is published, authors their own", () => {
    const pending: LiveNotice = { k: "post", c: "class", u: "author", pub: false, q: true };
    expect(mayHear(pending, { userId: "teacher", moderator: true })).toBe(true);
    expect(mayHear(pending, { userId: "classmate", moderator: false })).toBe(false);
    expect(mayHear(pending, { userId: "author", moderator: false })).toBe(true);
    expect(mayHear({ ...pending, pub: true }, { userId: "classmate", moderator: false })).toBe(true);
  });
});
