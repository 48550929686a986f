import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { plural } from "@/lib/format";

// Every post in an assignment, whatever its status (pending, hidden and deleted ones too): what
// deleting it takes with it, and whether its sections are still free to change.
export type PostCounts = { responses: number; replies: number };

export async function countAssignmentPosts(assignmentId: string, client: Prisma.TransactionClient = db): Promise<PostCounts> {
  const [responses, replies] = await Promise.all([
    client.post.count({ where: { assignmentId, parentId: null } }),
    client.post.count({ where: { assignmentId, parentId: { not: null } } }),
  ]);
  return { responses, replies };
}

/** "3 responses and 1 reply". */
export function describePostCounts({ responses, replies }: PostCounts): string {
  return `${plural(responses, "response")} and ${plural(replies, "reply", "replies")}`;
}
