import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { AppError } from "@/lib/errors";
import { ACTION_LABELS, getAuditLog } from "@/lib/moderation/audit-log";
import { AUDIT_ACTIONS } from "@/lib/moderation/schemas";
import { formatTimestamp } from "@/lib/format";
import { ModerationHeader } from "@/components/moderation/moderation-nav";

export const metadata: Metadata = { title: "Audit log" };

const FILTER_KEYS = ["action", "student", "from", "to"] as const;

export default async function AuditLogPage({ params, searchParams }: PageProps<"/classes/[classId]/moderation/audit">) {
  const [{ classId }, query] = await Promise.all([params, searchParams]);
  const viewer = await requireViewer(`/classes/${classId}/moderation/audit`);
  const filter = Object.fromEntries(FILTER_KEYS.map((key) => [key, typeof query[key] === "string" ? query[key] : undefined]));
  let filterError: string | null = null;
  let log;
  try {
    log = await getAuditLog(viewer.id, classId, filter);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "INVALID") throw error;
    filterError = error.message;
    log = await getAuditLog(viewer.id, classId, {});
  }
  if (!log) notFound();
  const exportQuery = new URLSearchParams(Object.entries(log.filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return (
    <div className="space-y-6">
      <ModerationHeader classroom={log.classroom} current="audit" title="Audit log" />
      <form method="get" className="card grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Filter the audit log">
        <div className="space-y-1">
          <label htmlFor="action" className="block text-sm font-medium text-slate-800">
            Action
          </label>
          <select id="action" name="action" className="input" defaultValue={log.filter.action ?? ""}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {ACTION_LABELS[action]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="student" className="block text-sm font-medium text-slate-800">
            Member
          </label>
          <select id="student" name="student" className="input" defaultValue={log.filter.student ?? ""}>
            <option value="">Anyone</option>
            {log.students.map((student) => (
              <option key={student.membershipId} value={student.membershipId}>
                {student.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="from" className="block text-sm font-medium text-slate-800">
            From (UTC)
          </label>
          <input id="from" name="from" type="date" className="input" defaultValue={log.filter.from ?? ""} />
        </div>
        <div className="space-y-1">
          <label htmlFor="to" className="block text-sm font-medium text-slate-800">
            To (UTC)
          </label>
          <input id="to" name="to" type="date" className="input" defaultValue={log.filter.to ?? ""} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn-primary">
            Filter
          </button>
          <Link href={`/classes/${classId}/moderation/audit`} className="btn-secondary">
            Clear
          </Link>
        </div>
      </form>
      {filterError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {filterError} Showing the whole log.
        </p>
      ) : null}
      <p>
        <a href={`/api/classes/${classId}/audit?${exportQuery}`} download>
          Export these entries as CSV
        </a>
      </p>
      {log.entries.length === 0 ? (
        <p className="card text-slate-700">No moderation actions match.</p>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Moderation actions, newest first</caption>
            <thead className="bg-slate-50 text-slate-800">
              <tr>
                <th scope="col" className="px-3 py-2">When</th>
                <th scope="col" className="px-3 py-2">Action</th>
                <th scope="col" className="px-3 py-2">By</th>
                <th scope="col" className="px-3 py-2">Member</th>
                <th scope="col" className="px-3 py-2">Post</th>
                <th scope="col" className="px-3 py-2">Reason</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id} className="border-t border-slate-200 align-top" data-testid="audit-entry">
                  <td className="whitespace-nowrap px-3 py-2">
                    <time dateTime={entry.createdAt}>{formatTimestamp(entry.createdAt)}</time>
                  </td>
                  <td className="px-3 py-2">{ACTION_LABELS[entry.action]}</td>
                  <td className="px-3 py-2">{entry.actorName}</td>
                  <td className="px-3 py-2">{entry.targetName ?? "—"}</td>
                  <td className="px-3 py-2">{entry.post ? <Link href={entry.post.href}>{entry.post.excerpt || "(empty)"}</Link> : "—"}</td>
                  <td className="px-3 py-2">{entry.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.truncated ? <p className="text-sm text-slate-700">Showing the newest {log.entries.length} entries. Narrow the filter, or export the CSV for all of them.</p> : null}
    </div>
  );
}
