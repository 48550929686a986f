import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import type { SectionAccess } from "@/lib/access";
import type { LiveNotice } from "@/lib/live/events";

export const LIVE_CHANNEL = "margin_live";

// pg_notify inside the write's own transaction: PostgreSQL delivers it only if, and when, the write
// commits. Pass the interactive transaction, or put the result in a batched db.$transaction([...]).
// Several notices go in one statement, in order.
export function publishLive(client: Pick<Prisma.TransactionClient, "$executeRaw">, notice: LiveNotice | LiveNotice[]) {
  const payloads = (Array.isArray(notice) ? notice : [notice]).map((one) => JSON.stringify(one));
  if (payloads.length === 1) return client.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${payloads[0]})`;
  // unnest yields the array in order, and each row's pg_notify runs as it is produced.
  return client.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, payload) FROM unnest(${payloads}::text[]) AS payload`;
}

// One "notify" per notification row written: its recipient's bell refreshes its count (ADR 0016).
export function bellNotices(rows: { recipientId: string; classroomId: string }[]): LiveNotice[] {
  return rows.map(({ recipientId, classroomId }) => ({ k: "notify", c: classroomId, u: recipientId, pub: false }));
}

// A change to an existing post: classmates hear of it when they could see the post before or can
// now; its author always; moderators' queue when it enters or leaves "pending" or settles reports.
export function postChangeNotice(
  kind: LiveNotice["k"],
  { classroom, assignment, section }: Pick<SectionAccess, "classroom" | "assignment" | "section">,
  post: { authorId: string; before: PostStatus; after: PostStatus },
  settlesReports = false,
): LiveNotice {
  const { authorId: u, before, after } = post;
  const q = settlesReports || before === "PENDING" || after === "PENDING";
  return { k: kind, c: classroom.id, a: assignment.id, s: section.id, u, pub: before === "PUBLISHED" || after === "PUBLISHED", q };
}
