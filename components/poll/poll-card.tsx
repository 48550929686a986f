import Link from "next/link";
import { getPollView } from "@/lib/poll/poll-view";
import { StudentPoll } from "@/components/poll/student-poll";

// On the reading overview: students answer here; teachers and TAs get a link to the results.
export async function PollCard({ viewerId, assignmentId }: { viewerId: string; assignmentId: string }) {
  const poll = await getPollView(viewerId, assignmentId);
  if (!poll) return null;
  const href = `/assignments/${assignmentId}/poll`;
  if (poll.mine) {
    return (
      <section aria-labelledby="poll-heading" className="card space-y-3">
        <h2 id="poll-heading" className="text-lg font-semibold">
          Where do you stand?
        </h2>
        <StudentPoll poll={poll} mine={poll.mine} />
      </section>
    );
  }
  if (poll.canViewResults && poll.thesis !== null) {
    return (
      <p>
        <Link href={href}>Stance poll results</Link>
      </p>
    );
  }
  if (poll.canConfigure) {
    return (
      <p>
        <Link href={href}>Pose a stance poll</Link>
      </p>
    );
  }
  return null;
}
