import { formatInZone } from "@/lib/time";
import { KIND_LABELS, REPLY_KIND_LABELS, STANCE_LABELS } from "@/lib/debate/labels";
import { blockquote, escapeInline, link } from "@/lib/exports/markdown";
import type { DiscussionExport, ExportPost } from "@/lib/exports/discussion";

// The discussion as one Markdown file: the reading, then each section with its question, each
// response under a heading with its author, time and argument, its replies beneath it.

const STATE_NOTES: Record<ExportPost["state"], string | null> = {
  published: null,
  pending: "awaiting approval",
  rejected: "rejected",
  hidden: "hidden",
  deleted: "deleted",
};

/** "Supports · Evidence · teacher's pick · edited": what a post's heading says beside its author. */
export function postTags(post: ExportPost): string[] {
  return [
    post.stance ? STANCE_LABELS[post.stance] : null,
    post.kind ? KIND_LABELS[post.kind] : null,
    post.replyKind ? REPLY_KIND_LABELS[post.replyKind] : null,
    post.teacherPick ? "teacher's pick" : null,
    STATE_NOTES[post.state],
    post.edited ? "edited" : null,
  ].filter((tag): tag is string => tag !== null);
}

function postMarkdown(post: ExportPost, heading: string, what: string, zone: string): string {
  const title = [`${what} by ${post.author.name}`, formatInZone(post.createdAt, zone), ...postTags(post)].map(escapeInline).join(" · ");
  const parts = [`${heading} ${title}`];
  if (post.quote) parts.push(blockquote(post.quote.text));
  parts.push(post.body ?? "_This post is not shown._");
  if (post.sources.length > 0) parts.push(["Sources:", ...post.sources.map((source) => `- ${link(source.title, source.url)}`)].join("\n"));
  return parts.join("\n\n");
}

export function discussionMarkdown(discussion: DiscussionExport, zone: string): string {
  const names = discussion.copy === "teacher" ? "Teacher's copy, with names." : "Authors are shown as the class sees them.";
  const lines = [
    `# ${escapeInline(discussion.title)}`,
    `${escapeInline(discussion.classroom.name)}${discussion.author ? ` · ${escapeInline(discussion.author)}` : ""} · exported ${escapeInline(formatInZone(discussion.exportedAt, zone))}. ${names}`,
  ];
  for (const section of discussion.sections) {
    lines.push(`## ${escapeInline(section.title)}`);
    if (section.question) lines.push(blockquote(section.question));
    if (section.onlyOwn) lines.push("_Classmates' posts show once you have responded in this section._");
    if (section.threads.length === 0) lines.push("_No responses._");
    for (const thread of section.threads) {
      lines.push(postMarkdown(thread, "###", "Response", zone));
      for (const reply of thread.replies) lines.push(postMarkdown(reply, "####", "Reply", zone));
    }
  }
  return lines.join("\n\n") + "\n";
}
