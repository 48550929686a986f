import "server-only";
import { db } from "@/lib/db";
import { findAccess } from "@/lib/access";
import { permalinkPath } from "@/lib/discussion/permalink-path";
import { presentationContext } from "@/lib/discussion/list-responses";
import { discussionSettings, discussionViewer } from "@/lib/discussion/posting-rules";
import { postRowSelect, presentPost, type PostView } from "@/lib/discussion/present-post";
import { canSeeContent } from "@/lib/discussion/visibility";

export type ReportTarget = {
  // As the section page presents it (anonymity applied); null once the viewer's report hid it.
  post: PostView | null;
  isReply: boolean;
  classId: string;
  sectionPath: string;
  // The post's permalink, or its section once the post is out of the viewer's sight.
  backHref: string;
  reportedByViewer: boolean;
};

// The post a member is about to report on its own page (the no-script way to report), or null when
// it is not theirs to see: the section list's rules, so this page tells nobody more than it does.
// A post the viewer reported stays findable after their report hid it, to confirm the report.
export async function findReportTarget(userId: string, postId: string): Promise<ReportTarget | null> {
  const access = await findAccess(userId, { postId });
  if (!access) return null;
  const settings = discussionSettings(access);
  const row = await db.post.findUnique({ where: { id: postId }, select: postRowSelect(settings.classroomId) });
  if (!row) return null;
  const viewer = discussionViewer(userId, settings);
  const visible = canSeeContent(row, viewer);
  const reportedByViewer = row.reports.some((report) => report.reporterId === userId);
  if (!visible && !reportedByViewer) return null;
  const sectionPath = `/assignments/${access.assignment.id}/sections/${access.section.position}`;
  return {
    post: visible ? presentPost(row, await presentationContext(settings, viewer, [row])) : null,
    isReply: row.parentId !== null,
    classId: access.classroom.id,
    sectionPath,
    backHref: visible ? permalinkPath(postId) : sectionPath,
    reportedByViewer,
  };
}
