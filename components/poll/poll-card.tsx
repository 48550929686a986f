import Link from "next/link";
import { getPollView } from "@/lib/poll/poll-view";
import { StudentPollCard } from "@/components/poll/student-poll";

// On the reading overview: students answer here; teachers and TAs get a link to the results.
export async function PollCard({ viewerId, assignmentId }: { viewerId: string; assignmentId: string }) {
  const poll = await getPollView(viewerId, assignmentId);
  if (!poll) return null;
  const href = `/assignments/${assignmentId}/poll`;
  if (poll.mine) return <StudentPollCard poll={poll} mine={poll.mine} />;
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
