import type { PostView } from "@/lib/discussion/present-post";

// The quoted passage above a post's text: it links back to the passage in the section.
export function QuoteBlock({ quote, sectionPath }: { quote: NonNullable<PostView["quote"]>; sectionPath?: string }) {
  return (
    <figure className="my-2 border-l-4 border-amber-400 bg-amber-50 px-3 py-1" data-testid="post-quote">
      <blockquote className="font-serif text-slate-900">{quote.text}</blockquote>
      {sectionPath ? (
        <figcaption className="text-xs">
          <a href={`${sectionPath}?passage=${quote.start}-${quote.end}#passage-posts`}>See this passage in the text</a>
        </figcaption>
      ) : null}
    </figure>
  );
}

// An evidence response's sources.
export function SourceList({ sources }: { sources: PostView["sources"] }) {
  if (sources.length === 0) return null;
  return (
    <div className="mt-2 text-sm">
      <p className="font-medium text-slate-800">Sources</p>
      <ol className="list-decimal pl-6">
        {sources.map((source) => (
          <li key={source.url + source.title}>
            <a href={source.url} rel="nofollow ugc noopener noreferrer" target="_blank">
              {source.title}
            </a>{" "}
            <span className="text-slate-600">({hostOf(source.url)})</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
