import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getModerationQueue } from "@/lib/moderation/queue";
import { formatTimestamp, plural } from "@/lib/format";
import { ModerationHeader } from "@/components/moderation/moderation-nav";
import { BulkApproveForm } from "@/components/moderation/bulk-approve";
import { QueueItem } from "@/components/moderation/queue-item";
import { ActionForm } from "@/components/ui/action-form";
import { unmuteMemberAction } from "@/lib/moderation/actions";

export const metadata: Metadata = { title: "Moderation queue" };

export default async function ModerationQueuePage({ params }: PageProps<"/classes/[classId]/moderation">) {
  const { classId } = await params;
  const viewer = await requireViewer(`/classes/${classId}/moderation`);
  const queue = await getModerationQueue(viewer.id, classId);
  if (!queue) notFound();
  return (
    <div className="space-y-8">
      <ModerationHeader classroom={queue.classroom} current="queue" title="Moderation queue" />

      <section aria-labelledby="pending-heading" className="space-y-3">
        <h2 id="pending-heading" className="text-xl font-semibold">
          Awaiting approval <span className="text-base font-normal text-slate-700">({plural(queue.pending.length, "post")}, oldest first)</span>
        </h2>
        <BulkApproveForm classroomId={queue.classroom.id} pendingCount={queue.pending.length} />
        {queue.pending.length === 0 ? (
          <p className="card text-slate-700">Nothing is waiting for approval.</p>
        ) : (
          <ol className="space-y-3" aria-label="Pending posts">
            {queue.pending.map((post) => (
              <li key={post.id}>
                <QueueItem post={post} kind="pending" />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="reported-heading" className="space-y-3">
        <h2 id="reported-heading" className="text-xl font-semibold">
          Reported <span className="text-base font-normal text-slate-700">({plural(queue.reported.length, "post")}, most reported first)</span>
        </h2>
        {queue.reported.length === 0 ? (
          <p className="card text-slate-700">No open reports.</p>
        ) : (
          <ol className="space-y-3" aria-label="Reported posts">
            {queue.reported.map((post) => (
              <li key={post.id}>
                <QueueItem post={post} kind="reported" />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="muted-heading" className="space-y-3">
        <h2 id="muted-heading" className="text-xl font-semibold">
          Muted members
        </h2>
        {queue.muted.length === 0 ? (
          <p className="card text-slate-700">Nobody is muted. Mute a member from the menu on one of their posts.</p>
        ) : (
          <ul className="space-y-2">
            {queue.muted.map((member) => (
              <li key={member.membershipId} className="card flex flex-wrap items-center justify-between gap-3">
                <span>
                  <span className="font-semibold">{member.name}</span> is muted until {formatTimestamp(member.mutedUntil)}
                </span>
                {member.canUnmute ? (
                  <ActionForm action={unmuteMemberAction} fields={{ membershipId: member.membershipId }} submitLabel={<>Unmute<span className="sr-only"> {member.name}</span></>} pendingLabel="Unmuting…" />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
