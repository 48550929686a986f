import type { ExportPost } from "@/lib/exports/discussion";
import { postTags } from "@/lib/exports/discussion-markdown";
import { LocalTime } from "@/components/ui/local-time";
import { Markdown } from "@/components/ui/markdown";
import { QuoteBlock, SourceList } from "@/components/debate/post-argument";

// One post of the printable discussion: the author as the viewer may see them, when, its argument.
export function PrintedPost({ post, isReply }: { post: ExportPost; isReply: boolean }) {
  const tags = postTags(post);
  return (
    <article className={`break-inside-avoid ${isReply ? "ml-6 border-l-2 border-slate-200 pl-4" : ""}`} data-testid={isReply ? "export-reply" : "export-response"}>
      <p className="text-sm">
        <span className="font-semibold" data-testid="export-author">
          {post.author.name}
        </span>
        {post.author.pseudonym && post.author.pseudonym !== post.author.name ? ` (${post.author.pseudonym})` : ""} · <LocalTime iso={post.createdAt} />
        {tags.length > 0 ? ` · ${tags.join(" · ")}` : ""}
      </p>
      {post.quote ? <QuoteBlock quote={post.quote} /> : null}
      {post.html ? <Markdown html={post.html} /> : <p className="text-sm italic text-slate-700">This post is not shown.</p>}
      <SourceList sources={post.sources} />
    </article>
  );
}
