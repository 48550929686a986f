// The live bus's two shapes. No "server-only": the browser's island reads LiveEvent.

// What a write sends through PostgreSQL (NOTIFY margin_live). Ids and kinds only, never text: the
// payload stays far below PostgreSQL's 8,000-byte limit, and it never reaches a browser as is.
export type LiveNotice = {
  /**
   * kind: a post was written, edited or deleted; a moderator decided; a member reported; the
   * section's spotlight changed; a notification for `u` was written (their bell's count changed).
   */
  k: "post" | "moderation" | "report" | "spotlight" | "notify";
  /** classroom, assignment, section */
  c: string;
  a?: string;
  s?: string;
  /**
   * The author whose own post changed: they see it whatever its state. For "notify", the recipient:
   * only they hear it. Used to filter, never sent.
   */
  u?: string;
  /** Every member may see the change (a published post, or one that stopped being published). */
  pub: boolean;
  /** What waits for moderators (pending posts, open reports) may have changed. */
  q?: boolean;
};

// What a browser receives: where something changed, nothing about who or what. The client then
// asks the delta read, which applies the page's visibility rules.
export type LiveEvent = { kind: LiveNotice["k"]; assignmentId: string | null; sectionId: string | null; queue: boolean };

export function toLiveEvent(notice: LiveNotice): LiveEvent {
  return { kind: notice.k, assignmentId: notice.a ?? null, sectionId: notice.s ?? null, queue: notice.q === true };
}

// Whether a subscriber may hear of this change at all: moderators hear everything in their class,
// members what every member may see, and authors what happens to their own posts. A notification
// is its recipient's alone, whatever the class their stream follows (LiveHub delivers it by user).
export function mayHear(notice: LiveNotice, subscriber: { userId: string; moderator: boolean }): boolean {
  if (notice.k === "notify") return notice.u === subscriber.userId;
  return subscriber.moderator || notice.pub || notice.u === subscriber.userId;
}
