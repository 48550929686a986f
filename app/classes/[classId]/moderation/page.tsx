import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getModerationQueue, type QueuePost } from "@/lib/moderation/queue";
import { plural } from "@/lib/format";
import { LocalTime } from "@/components/ui/local-time";
import { ModerationHeader } from "@/components/moderation/moderation-nav";
import { BulkApproveForm } from "@/components/moderation/bulk-approve";
import { QueueItem } from "@/components/moderation/queue-item";
import { ActionForm } from "@/components/ui/action-form";
import { EmptyState, PageSection } from "@/components/ui/page-section";
import { unmuteMemberAction } from "@/lib/moderation/actions";
import { QueueLive } from "@/components/live/queue-live";

export const metadata: Metadata = { title: "Moderation queue" };

export default async function ModerationQueuePage({ params }: PageProps<"/classes/[classId]/moderation">) {
  const { classId } = await params;
  const viewer = await requireViewer(`/classes/${classId}/moderation`);
  const queue = await getModerationQueue(viewer.id, classId);
  if (!queue) notFound();
  return (
    <div className="space-y-8">
      <ModerationHeader classroom={queue.classroom} current="queue" title="Moderation queue" />
      <QueueLive classId={queue.classroom.id} shown={queue.pending.length + queue.reported.length} />

      <PageSection id="pending-heading" title={<>Awaiting approval <Count>({plural(queue.pending.length, "post")}, oldest first)</Count></>}>
        <BulkApproveForm classroomId={queue.classroom.id} pendingCount={queue.pending.length} />
        <QueueList posts={queue.pending} kind="pending" label="Pending posts" empty="Nothing is waiting for approval." />
      </PageSection>

      <PageSection id="reported-heading" title={<>Reported <Count>({plural(queue.reported.length, "post")}, most reported first)</Count></>}>
        <QueueList posts={queue.reported} kind="reported" label="Reported posts" empty="No open reports." />
      </PageSection>

      <PageSection id="muted-heading" title="Muted members">
        {queue.muted.length === 0 ? (
          <EmptyState>Nobody is muted. Mute a member from the menu on one of their posts.</EmptyState>
        ) : (
          <ul className="space-y-2">
            {queue.muted.map((member) => (
              <li key={member.membershipId} className="card flex flex-wrap items-center justify-between gap-3">
                <span>
                  <span className="font-semibold">{member.name}</span> is muted until <LocalTime iso={member.mutedUntil} />
                </span>
                {member.canUnmute ? (
                  <ActionForm action={unmuteMemberAction} fields={{ membershipId: member.membershipId }} submitLabel={<>Unmute<span className="sr-only"> {member.name}</span></>} pendingLabel="Unmuting…" />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </PageSection>
    </div>
  );
}

function Count({ children }: { children: ReactNode }) {
  return <span className="text-base font-normal text-slate-700">{children}</span>;
}

function QueueList({ posts, kind, label, empty }: { posts: QueuePost[]; kind: "pending" | "reported"; label: string; empty: string }) {
  if (posts.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ol className="space-y-3" aria-label={label}>
      {posts.map((post) => (
        <li key={post.id}>
          <QueueItem post={post} kind={kind} />
        </li>
      ))}
    </ol>
  );
}
