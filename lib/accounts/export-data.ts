import "server-only";
import { db } from "@/lib/db";
import { ROLE_LABELS } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";

// A post of one's own as the exports give it back (here, and a class's "my posts" in lib/exports).
export function ownPostSelect(userId: string) {
  return {
    id: true,
    parentId: true,
    body: true,
    status: true,
    moderationReason: true,
    createdAt: true,
    editedAt: true,
    late: true,
    stance: true,
    kind: true,
    replyKind: true,
    quoteStart: true,
    quoteEnd: true,
    quoteText: true,
    sources: { orderBy: { position: "asc" }, select: { title: true, url: true } },
    revisions: { where: { editorId: userId }, orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true } },
    assignment: { select: { reading: { select: { title: true } }, classroom: { select: { name: true } } } },
    section: { select: { position: true, heading: true } },
  } as const;
}

type OwnPostRow = Prisma.PostGetPayload<{ select: ReturnType<typeof ownPostSelect> }>;

export function exportedPost(post: OwnPostRow) {
  return {
    id: post.id,
    type: post.parentId ? "reply" : "response",
    inReplyTo: post.parentId,
    class: post.assignment.classroom.name,
    reading: post.assignment.reading.title,
    section: { position: post.section.position, heading: post.section.heading },
    body: post.body,
    status: post.status.toLowerCase(),
    moderationReason: post.moderationReason,
    quote: post.quoteText === null ? null : { start: post.quoteStart, end: post.quoteEnd, text: post.quoteText },
    stance: post.stance,
    kind: post.kind,
    replyKind: post.replyKind,
    sources: post.sources,
    late: post.late,
    createdAt: post.createdAt.toISOString(),
    editedAt: post.editedAt?.toISOString() ?? null,
    earlierVersions: post.revisions.map((r) => ({ body: r.body, replacedAt: r.createdAt.toISOString() })),
  };
}

// "Download everything I wrote": the viewer's own profile, classes and writing, and nothing of
// anyone else's (not even the names of people they replied to, who may be anonymous to them).
export async function exportMyData(userId: string) {
  const user = await db.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      name: true,
      email: true,
      createdAt: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { role: true, createdAt: true, classroom: { select: { name: true } } } },
      posts: { orderBy: { createdAt: "asc" }, select: ownPostSelect(userId) },
      pollAnswers: {
        orderBy: { answeredAt: "asc" },
        select: { round: true, rating: true, answeredAt: true, assignment: { select: { thesis: true, reading: { select: { title: true } }, classroom: { select: { name: true } } } } },
      },
      reports: { orderBy: { createdAt: "asc" }, select: { postId: true, reason: true, createdAt: true } },
      // What happened and when; not who did it, on which post, or a report's reason (others' words).
      notifications: { orderBy: { createdAt: "asc" }, select: { kind: true, createdAt: true, readAt: true, classroom: { select: { name: true } } } },
    },
  });
  if (!user) return null;
  return {
    exportedAt: new Date().toISOString(),
    profile: { name: user.name, email: user.email, createdAt: user.createdAt.toISOString() },
    classes: user.memberships.map((m) => ({ name: m.classroom.name, role: ROLE_LABELS[m.role], joinedAt: m.createdAt.toISOString() })),
    posts: user.posts.map(exportedPost),
    pollAnswers: user.pollAnswers.map((a) => ({
      class: a.assignment.classroom.name,
      reading: a.assignment.reading.title,
      thesis: a.assignment.thesis,
      round: a.round.toLowerCase(),
      rating: a.rating,
      answeredAt: a.answeredAt.toISOString(),
    })),
    reports: user.reports.map((r) => ({ postId: r.postId, reason: r.reason, createdAt: r.createdAt.toISOString() })),
    notifications: user.notifications.map((n) => ({
      kind: n.kind.toLowerCase(),
      class: n.classroom.name,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
  };
}

export type MyData = NonNullable<Awaited<ReturnType<typeof exportMyData>>>;

// The download: a dated file name and the JSON, indented so it reads in a text editor.
export async function myDataFile(userId: string): Promise<{ filename: string; json: string } | null> {
  const data = await exportMyData(userId);
  if (!data) return null;
  return { filename: `margin-my-data-${data.exportedAt.slice(0, 10)}.json`, json: JSON.stringify(data, null, 2) };
}
