import type { DepartedPosts } from "@/lib/generated/prisma/enums";

// What a departed member's kept posts show as author, everywhere (pages, queue, audit log, exports).
// No server-only: the class settings form shows the same words.
export const FORMER_MEMBER = "Former member";

export const DEPARTED_POSTS_LABELS: Record<DepartedPosts, string> = {
  KEEP: `Keep them, shown as by “${FORMER_MEMBER}”`,
  REMOVE: "Remove them (their text is erased)",
};
