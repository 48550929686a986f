import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

// The one Markdown pipeline for posts. react-markdown never renders raw HTML; rehype-sanitize
// (GitHub's allow-list) additionally strips dangerous URLs and attributes. Links are marked as user
// content so they pass no ranking or opener; images show as their alt text instead of loading.
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel="nofollow ugc noopener" target="_blank">
      {children}
    </a>
  ),
  img: ({ alt }) => <span>{alt ? `[image: ${alt}]` : "[image]"}</span>,
};

export function MarkdownPipeline({ source }: { source: string }) {
  return (
    <ReactMarkdown rehypePlugins={[rehypeSanitize]} components={components}>
      {source}
    </ReactMarkdown>
  );
}
