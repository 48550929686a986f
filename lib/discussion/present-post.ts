import "server-only";
import { canDeletePost, canEditPost, canModerateMember, canReportPost, isModerator } from "@/lib/authz";
import type { AnonymityMode, PostStatus, ReplyKind, ResponseKind, Role, Stance } from "@/lib/generated/prisma/enums";
import { ANONYMOUS_LABEL } from "@/lib/discussion/anonymity";
import { FORMER_MEMBER } from "@/lib/accounts/former-member";
import { canSeeContent, type DiscussionViewer } from "@/lib/discussion/visibility";
import { STORED_BODY_SELECT, postHtml, type StoredBody } from "@/lib/markdown/render";

// What a browser may learn about a post. Built only here, so what peers see of an author is
// decided in one place. No user ids or emails leave the server; under anonymity a classmate gets
// neither the name nor anything derived from it (moderators are entitled to names).
export type PostState = "published" | "pending" | "rejected" | "hidden" | "deleted";

export type PostView = {
  id: string;
  // null when the post shows as a placeholder ("This post was deleted.").
  body: string | null;
  // The body as sanitized HTML, rendered when it was written (null with body).
  html: string | null;
  author: {
    name: string;
    isViewer: boolean;
    // The stable label classmates see under pseudonymity (shown to moderators beside the name).
    pseudonym: string | null;
  };
  createdAt: string;
  edited: boolean;
  // Shown as a placeholder: deleted, or hidden from this viewer, with replies still hanging off it.
  deleted: boolean;
  state: PostState;
  // Why a moderator rejected, hid or deleted it: only to its author and moderators.
  moderationReason: string | null;
  pinned: boolean;
  teacherPick: boolean;
  locked: boolean;
  // The argument's structure; null on placeholders.
  stance: Stance | null;
  kind: ResponseKind | null;
  replyKind: ReplyKind | null;
  quote: { start: number; end: number; text: string } | null;
  sources: { title: string; url: string }[];
  canEdit: boolean;
  canDelete: boolean;
  canReport: boolean;
  reportedByViewer: boolean;
  // Only for moderators.
  moderation: {
    reportCount: number;
    isResponse: boolean;
    // To mute the author from the post's menu; moderators may know who wrote what.
    authorMembershipId: string | null;
    canMuteAuthor: boolean;
  } | null;
};

export type PostRow = StoredBody & {
  id: string;
  status: PostStatus;
  moderationReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  authorId: string;
  parentId: string | null;
  pinnedAt: Date | null;
  teacherPick: boolean;
  lockedAt: Date | null;
  stance: Stance | null;
  kind: ResponseKind | null;
  replyKind: ReplyKind | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  quoteText: string | null;
  sources: { title: string; url: string }[];
  author: { name: string; deletedAt: Date | null; memberships: { id: string; role: Role }[] };
  reports: { reporterId: string; resolvedAt: Date | null }[];
};

// The author's membership of this class (to tell students from moderators), and open reports.
export function postRowSelect(classroomId: string) {
  return {
    id: true,
    ...STORED_BODY_SELECT,
    status: true,
    moderationReason: true,
    createdAt: true,
    editedAt: true,
    authorId: true,
    parentId: true,
    pinnedAt: true,
    teacherPick: true,
    lockedAt: true,
    stance: true,
    kind: true,
    replyKind: true,
    quoteStart: true,
    quoteEnd: true,
    quoteText: true,
    sources: { orderBy: { position: "asc" }, select: { title: true, url: true } },
    author: { select: { name: true, deletedAt: true, memberships: { where: { classroomId }, select: { id: true, role: true }, take: 1 } } },
    reports: { select: { reporterId: true, resolvedAt: true } },
  } as const;
}

export type PresentationContext = {
  viewer: DiscussionViewer;
  anonymity: AnonymityMode;
  // Pseudonyms of this page's student authors, when the assignment is pseudonymous.
  pseudonyms: Map<string, string>;
};

const STATES: Record<PostStatus, PostState> = {
  PUBLISHED: "published",
  PENDING: "pending",
  REJECTED: "rejected",
  HIDDEN: "hidden",
  DELETED: "deleted",
};

// Also names the people in notifications (lib/notifications), so they follow the same rules.
export function authorOf(row: { authorId: string; author: { name: string; deletedAt: Date | null; memberships: { role: Role }[] } }, { viewer, anonymity, pseudonyms }: PresentationContext): PostView["author"] {
  // Whoever deleted their account is "Former member" to everyone, under any anonymity mode.
  if (row.author.deletedAt) return { name: FORMER_MEMBER, isViewer: false, pseudonym: null };
  const isViewer = row.authorId === viewer.userId;
  const authorRole = row.author.memberships[0]?.role;
  // Moderators post under their names; anyone no longer in the class is treated as a student.
  const authorIsStudent = !isModerator(authorRole);
  const pseudonym = authorIsStudent && anonymity === "PSEUDONYMOUS" ? (pseudonyms.get(row.authorId) ?? ANONYMOUS_LABEL) : null;
  if (isViewer || isModerator(viewer.role) || !authorIsStudent || anonymity === "NAMED") {
    return { name: row.author.name, isViewer, pseudonym };
  }
  return { name: pseudonym ?? ANONYMOUS_LABEL, isViewer: false, pseudonym };
}

export function presentPost(row: PostRow, context: PresentationContext): PostView {
  const { viewer } = context;
  const visible = canSeeContent(row, viewer);
  const state = STATES[row.status];
  const moderator = isModerator(viewer.role);
  const common = {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    state: visible ? state : row.status === "DELETED" ? "deleted" : "hidden",
    pinned: row.pinnedAt !== null,
    teacherPick: row.teacherPick,
    locked: row.lockedAt !== null,
  } as const;
  if (!visible) {
    return {
      ...common,
      body: null,
      html: null,
      author: { name: row.status === "DELETED" ? "Deleted" : "Hidden", isViewer: false, pseudonym: null },
      edited: false,
      deleted: true,
      stance: null,
      kind: null,
      replyKind: null,
      quote: null,
      sources: [],
      moderationReason: null,
      canEdit: false,
      canDelete: false,
      canReport: false,
      reportedByViewer: false,
      moderation: null,
    };
  }
  const ownAndOpen = row.status === "PUBLISHED" || row.status === "PENDING";
  const authorMembership = row.author.memberships[0];
  return {
    ...common,
    body: row.body,
    html: postHtml(row),
    author: authorOf(row, context),
    edited: row.editedAt !== null,
    deleted: false,
    stance: row.stance,
    kind: row.kind,
    replyKind: row.replyKind,
    quote: row.quoteStart !== null && row.quoteEnd !== null && row.quoteText !== null ? { start: row.quoteStart, end: row.quoteEnd, text: row.quoteText } : null,
    sources: row.sources,
    moderationReason: row.status === "PUBLISHED" ? null : row.moderationReason,
    canEdit: ownAndOpen && canEditPost(viewer, row),
    canDelete: ownAndOpen && canDeletePost(viewer, row),
    canReport: row.status === "PUBLISHED" && canReportPost(viewer, row),
    reportedByViewer: row.reports.some((report) => report.reporterId === viewer.userId),
    moderation: moderator
      ? {
          reportCount: row.reports.filter((report) => report.resolvedAt === null).length,
          isResponse: row.parentId === null,
          authorMembershipId: authorMembership?.id ?? null,
          canMuteAuthor: authorMembership ? canModerateMember(viewer.role, authorMembership.role) : false,
        }
      : null,
  };
}
