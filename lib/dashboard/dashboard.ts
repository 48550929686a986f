import "server-only";
import { db } from "@/lib/db";
import { cachedAssignmentData } from "@/lib/discussion/section-cache";
import { can, isStudent } from "@/lib/authz";
import { findAccess } from "@/lib/access";
import type { AnonymityMode } from "@/lib/generated/prisma/enums";
import { sectionTitle } from "@/lib/format";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/time";
import { effectiveAnonymity } from "@/lib/discussion/anonymity";
import { loadActivity, loadPostsPerHour, loadReplyEdges, type AuthorActivity } from "@/lib/dashboard/activity-queries";
import { loadAttention, dueSoonOrPast, type Attention } from "@/lib/dashboard/needs-attention";
import { studentLabels } from "@/lib/dashboard/labels";
import { layoutNetwork, type Network } from "@/lib/dashboard/network";
import { timeline, type Timeline } from "@/lib/dashboard/timeline";
import { DEFAULT_SORT, sortRows, type Sort, type StudentRow } from "@/lib/dashboard/columns";
import { classTotals } from "@/lib/grading/grades";

// The teacher's dashboard for one assignment: per-student activity, posts over time and per
// section, who replies to whom, and what needs attention. For the class's teachers and TAs
// ("view:roster": names and emails); null for anyone else. A fixed number of statements whatever
// the class size: the access check, then nine aggregates and lists in parallel.

export type SectionActivity = { label: string; responses: number; replies: number };

export type Dashboard = {
  assignmentId: string;
  title: string;
  classroom: { id: string; name: string };
  anonymity: AnonymityMode;
  projecting: boolean;
  dueAt: string | null;
  hasPoll: boolean;
  sort: Sort;
  students: StudentRow[];
  timeline: Timeline;
  sections: SectionActivity[];
  network: Network;
  attention: Attention & {
    moderationHref: string;
    /** Students with no published post, once the due time is 48 hours away or past; null before. */
    notStarted: string[] | null;
  };
};

export type DashboardOptions = { sort?: Sort; projecting?: boolean; timeZone?: string; now?: Date };

export async function getDashboard(userId: string, assignmentId: string, options: DashboardOptions = {}): Promise<Dashboard | null> {
  const { sort = DEFAULT_SORT, projecting = false, now = new Date() } = options;
  // From the browser (a cookie or a parameter): anything but a known zone is UTC.
  const timeZone = isTimeZone(options.timeZone) ? options.timeZone : DEFAULT_TIME_ZONE;
  const access = await findAccess(userId, { assignmentId }, { now, permission: "view:roster" });
  if (!access) return null;
  const { assignment, classroom } = access;
  const anonymity = effectiveAnonymity(assignment, classroom);
  const [members, [{ byAuthor: activity, bySection: perSection }, edges, postsOverTime], placements, answers, attention, scores] = await Promise.all([
    db.membership.findMany({
      where: { classroomId: classroom.id },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
    }),
    // From posts alone: kept until they change (ADR 0017), the chart's buckets already made (a
    // discussion spread over weeks has thousands of hours). Reports, approvals and poll answers
    // below are read fresh.
    cachedAssignmentData("dashboard-activity", assignmentId, timeZone, () =>
      Promise.all([loadActivity(assignmentId), loadReplyEdges(assignmentId), loadPostsPerHour(assignmentId, timeZone).then(timeline)]),
    ),
    db.assignmentSection.findMany({ where: { assignmentId }, orderBy: { section: { position: "asc" } }, select: { section: { select: { id: true, position: true, heading: true } } } }),
    db.pollAnswer.findMany({ where: { assignmentId }, select: { userId: true, round: true, rating: true } }),
    loadAttention(assignmentId),
    // Scores are for the graders only (TAs unless the class lets them grade), and never on a
    // projector. The access read above says who grades: no second one.
    projecting || !can(access.role, "grade:assignment", classroom) ? null : classTotals(assignmentId, classroom.id),
  ]);

  const students = members.filter((member) => isStudent(member.role)).map((member) => member.user);
  const labels = await studentLabels(assignmentId, students, { anonymity, projecting });
  // Teachers and TAs post under their names, to the class too.
  for (const { role, user } of members) if (!isStudent(role)) labels.set(user.id, user.name);
  const byAuthor = new Map(activity.map((row) => [row.authorId, row]));
  const received = new Map<string, number>();
  for (const edge of edges) if (edge.from !== edge.to) received.set(edge.to, (received.get(edge.to) ?? 0) + edge.count);
  const rating = (id: string, round: "BEFORE" | "AFTER") => answers.find((a) => a.userId === id && a.round === round)?.rating ?? null;

  const rows: StudentRow[] = students.map((student, index) => {
    const mine: Partial<AuthorActivity> = byAuthor.get(student.id) ?? {};
    return {
      key: String(index),
      label: labels.get(student.id) ?? student.name,
      email: projecting ? null : student.email,
      responses: mine.responses ?? 0,
      repliesGiven: mine.replies ?? 0,
      repliesReceived: received.get(student.id) ?? 0,
      words: mine.words ?? 0,
      quotes: mine.quotes ?? 0,
      sources: mine.sources ?? 0,
      stanceBefore: rating(student.id, "BEFORE"),
      stanceAfter: rating(student.id, "AFTER"),
      lastActive: mine.lastActive?.toISOString() ?? null,
      score: scores?.get(student.id)?.total ?? null,
    };
  });

  const counts = new Map(perSection.map((row) => [row.sectionId, row]));
  const keys = new Map(members.map((member, index) => [member.user.id, `m${index}`]));
  // Every student (a student nobody talks to is a finding too) and the teachers and TAs who posted.
  const people = members.filter(({ role, user }) => isStudent(role) || byAuthor.has(user.id));
  const postsOf = (id: string) => (byAuthor.get(id)?.responses ?? 0) + (byAuthor.get(id)?.replies ?? 0);
  return {
    assignmentId,
    title: assignment.reading.title,
    classroom: { id: classroom.id, name: classroom.name },
    anonymity,
    projecting,
    dueAt: assignment.dueAt?.toISOString() ?? null,
    hasPoll: assignment.thesis !== null,
    sort,
    students: sortRows(rows, sort),
    timeline: postsOverTime,
    sections: placements.map(({ section }) => ({
      label: sectionTitle(section.position, section.heading),
      responses: counts.get(section.id)?.responses ?? 0,
      replies: counts.get(section.id)?.replies ?? 0,
    })),
    network: layoutNetwork(
      people.map(({ user }) => ({ key: keys.get(user.id)!, label: labels.get(user.id)!, posts: postsOf(user.id) })),
      edges.flatMap((edge) => (keys.has(edge.from) && keys.has(edge.to) ? [{ from: keys.get(edge.from)!, to: keys.get(edge.to)!, count: edge.count }] : [])),
    ),
    attention: {
      ...attention,
      moderationHref: `/classes/${classroom.id}/moderation`,
      notStarted: dueSoonOrPast(assignment.dueAt, now)
        ? students.filter((student) => !byAuthor.has(student.id)).map((student) => labels.get(student.id) ?? student.name)
        : null,
    },
  };
}
