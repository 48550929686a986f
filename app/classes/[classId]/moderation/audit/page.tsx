import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { AppError } from "@/lib/errors";
import { ACTION_LABELS, getAuditLog } from "@/lib/moderation/audit-log";
import { LocalTime } from "@/components/ui/local-time";
import { ModerationHeader } from "@/components/moderation/moderation-nav";
import { AuditFilter } from "@/components/moderation/audit-filter";
import { EmptyState } from "@/components/ui/page-section";
import { TableHead } from "@/components/ui/table-head";
import { ScrollRegion } from "@/components/ui/scroll-region";

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
      <AuditFilter classroomId={classId} log={log} />
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
        <EmptyState>No moderation actions match.</EmptyState>
      ) : (
        <ScrollRegion label="Moderation actions">
          <table className="w-full text-left text-sm">
            <TableHead caption="Moderation actions, newest first" columns={["When", "Action", "By", "Member", "Post", "Reason"]} />
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id} className="border-t border-slate-200 align-top" data-testid="audit-entry">
                  <td className="whitespace-nowrap px-3 py-2">
                    <LocalTime iso={entry.createdAt} form="relative" />
                  </td>
                  <td className="px-3 py-2">{ACTION_LABELS[entry.action]}</td>
                  <td className="px-3 py-2">{entry.actorName}</td>
                  <td className="px-3 py-2">{entry.targetName ?? "—"}</td>
                  <td className="px-3 py-2">{entry.post ? <a href={entry.post.href}>{entry.post.excerpt || "(empty)"}</a> : "—"}</td>
                  <td className="px-3 py-2">{entry.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {log.truncated ? <p className="text-sm text-slate-700">Showing the newest {log.entries.length} entries. Narrow the filter, or export the CSV for all of them.</p> : null}
    </div>
  );
}
