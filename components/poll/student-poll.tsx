import type { PollView, StudentPoll as Mine } from "@/lib/poll/poll-view";
import { ratingLabel } from "@/lib/poll/ratings";
import { AnswerForm } from "@/components/poll/answer-form";

const ROUNDS = [
  { key: "before", round: "BEFORE", title: "Before reading", legend: "Before you read: how far do you agree?" },
  { key: "after", round: "AFTER", title: "After the discussion", legend: "Now, after the discussion: how far do you agree?" },
] as const;

// A student's own two answers, with the form for a round that is open to them. Only their own:
// the class's numbers are the teacher's.
export function StudentPoll({ poll, mine }: { poll: Pick<PollView, "assignmentId" | "thesis">; mine: Mine }) {
  return (
    <div className="space-y-4">
      <blockquote className="border-l-4 border-slate-400 pl-3 font-serif text-lg text-slate-900" data-testid="poll-thesis">
        {poll.thesis}
      </blockquote>
      {ROUNDS.map(({ key, round, title, legend }) => {
        const state = mine[key];
        return (
          <div key={key} className="space-y-2" data-testid={`poll-${key}`}>
            <h3 className="font-semibold">{title}</h3>
            {state.open ? (
              <AnswerForm assignmentId={poll.assignmentId} round={round} legend={legend} rating={state.rating} />
            ) : (
              <>
                <p>{state.rating === null ? "No answer." : `Your answer: ${state.rating} · ${ratingLabel(state.rating)}`}</p>
                {state.reason ? <p className="text-sm text-slate-700">{state.reason}</p> : null}
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}

// The student's poll as a card: on the reading overview and on the poll page.
export function StudentPollCard({ poll, mine }: { poll: Pick<PollView, "assignmentId" | "thesis">; mine: Mine }) {
  return (
    <section aria-labelledby="poll-heading" className="card space-y-3">
      <h2 id="poll-heading" className="text-lg font-semibold">
        Where do you stand?
      </h2>
      <StudentPoll poll={poll} mine={mine} />
    </section>
  );
}
