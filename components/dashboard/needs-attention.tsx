import Link from "next/link";
import type { Dashboard } from "@/lib/dashboard/dashboard";
import { plural } from "@/lib/format";
import { LocalTime } from "@/components/ui/local-time";

// What needs the teacher now, each with a link to act on it.
export function NeedsAttention({ attention, dueAt }: { attention: Dashboard["attention"]; dueAt: string | null }) {
  const { unanswered, reported, pending, notStarted, moderationHref } = attention;
  const nothing = unanswered.count === 0 && reported === 0 && pending === 0 && (notStarted?.length ?? 0) === 0;
  return (
    <section aria-labelledby="attention-heading" className="card space-y-3" data-testid="needs-attention">
      <h2 id="attention-heading" className="text-xl font-semibold">
        Needs attention
      </h2>
      {nothing ? <p className="text-slate-700">Nothing needs you right now.</p> : null}
      <ul className="space-y-2">
        {pending > 0 ? (
          <li data-testid="attention-pending">
            <Link href={moderationHref}>{plural(pending, "post")} waiting for approval</Link>
          </li>
        ) : null}
        {reported > 0 ? (
          <li data-testid="attention-reported">
            <Link href={moderationHref}>{plural(reported, "reported post")} waiting for review</Link>
          </li>
        ) : null}
        {notStarted && notStarted.length > 0 ? (
          <li data-testid="attention-not-started">
            {plural(notStarted.length, "student")} {notStarted.length === 1 ? "has" : "have"} not started
            {dueAt ? (
              <>
                {" "}
                (due <LocalTime iso={dueAt} form="due" />)
              </>
            ) : null}
            : {notStarted.join(", ")}
          </li>
        ) : null}
        {unanswered.count > 0 ? (
          <li data-testid="attention-unanswered">
            {plural(unanswered.count, "question or challenge", "questions and challenges")} nobody has answered yet
            {unanswered.count > unanswered.posts.length ? ` (the ${unanswered.posts.length} waiting longest)` : ""}:
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {unanswered.posts.map((post) => (
                <li key={post.id}>
                  <Link href={post.href}>
                    {post.what} in {post.section}
                  </Link>
                  , <LocalTime iso={post.createdAt} form="relative" />: <span className="text-slate-700">{post.excerpt}</span>
                </li>
              ))}
            </ul>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
