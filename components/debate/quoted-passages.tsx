import Link from "next/link";
import type { Span } from "@/lib/discussion/quote-spans";
import type { PostView } from "@/lib/discussion/present-post";
import { plainExcerpt, plural, truncate } from "@/lib/format";
import { STANCE_LABELS } from "@/lib/debate/labels";
import { permalinkPath } from "@/lib/discussion/permalink-path";
import { mostQuoted } from "@/lib/debate/heat";

const MOST_QUOTED = 10;

const passageHref = (path: string, span: Span) => `${path}?passage=${span.start}-${span.end}#passage-posts`;

// The quoted passages as a list: what the shading shows, reachable by keyboard and screen reader.
export function QuotedPassageList({ body, heat, path }: { body: string; heat: (Span & { count: number })[]; path: string }) {
  if (heat.length === 0) return <p className="text-sm text-slate-600">Nobody has quoted this section yet.</p>;
  // The most quoted few: a list of every shaded stretch would be as long as the text.
  const hottest = mostQuoted(heat, MOST_QUOTED);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-800">Most quoted passages ({hottest.length})</summary>
      <ol className="mt-2 space-y-1 pl-1">
        {hottest.map((segment) => (
          <li key={segment.start}>
            <Link href={passageHref(path, segment)} scroll={false}>
              “{truncate(body.slice(segment.start, segment.end), 100)}”
            </Link>{" "}
            <span className="text-slate-600">quoted in {plural(segment.count, "post")}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

// The posts quoting the passage the reader opened.
export function QuotingPosts({ passage, path }: { passage: { span: Span; text: string; posts: PostView[] }; path: string }) {
  return (
    <section id="passage-posts" aria-labelledby="passage-posts-heading" className="card scroll-mt-4 space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="passage-posts-heading" className="text-lg font-semibold">
          Posts quoting this passage
        </h2>
        <Link href={path} scroll={false}>
          Close
        </Link>
      </div>
      <blockquote className="border-l-4 border-amber-400 pl-3 font-serif text-slate-900">{truncate(passage.text, 400)}</blockquote>
      {passage.posts.length === 0 ? (
        <p className="text-slate-700">No posts you can see quote this passage.</p>
      ) : (
        <ul className="space-y-2">
          {passage.posts.map((post) => (
            <li key={post.id} className="text-sm" data-testid="quoting-post">
              <span className="font-semibold">{post.author.name}</span>
              {post.stance ? <span className="text-slate-700"> · {STANCE_LABELS[post.stance]}</span> : null}
              {post.quote ? <span className="text-slate-700"> · quotes “{truncate(post.quote.text, 80)}”</span> : null}
              <p className="text-slate-800">{plainExcerpt(post.body ?? "", 200)}</p>
              <a href={permalinkPath(post.id)}>Go to the post</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
