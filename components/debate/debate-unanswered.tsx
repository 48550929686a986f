import type { DebateView } from "@/lib/debate/debate-view";
import { plural } from "@/lib/format";
import { DebatePostList } from "@/components/debate/debate-post";

// Challenges still waiting for a reply, the longest-waiting first: where the discussion needs someone.
export function UnansweredChallenges({ unanswered, challengeCount, sectionPath }: { unanswered: DebateView["unanswered"]; challengeCount: number; sectionPath: string }) {
  const { count, posts } = unanswered;
  return (
    <section aria-labelledby="unanswered-heading" className="card space-y-3 border-l-4 border-l-rose-600" data-testid="unanswered-challenges">
      <h2 id="unanswered-heading" className="text-lg font-semibold">
        Unanswered challenges <span className="text-base font-normal text-slate-700">({count})</span>
      </h2>
      {count === 0 ? (
        <p className="text-sm text-slate-700">{challengeCount === 0 ? "No challenges yet." : "Every challenge has a reply."}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">Challenges with no reply yet, those waiting longest first.</p>
          <DebatePostList posts={posts} sectionPath={sectionPath} showStance={false} label="Unanswered challenges" />
          {count > posts.length ? <p className="text-sm text-slate-700">Showing the {plural(posts.length, "oldest challenge")} of {count}.</p> : null}
        </>
      )}
    </section>
  );
}
