import type { DebateCounts } from "@/lib/debate/debate-view";
import { plural } from "@/lib/format";

// The shape of the debate in numbers: responses by kind, replies by kind.
export function DebateSummary({ counts }: { counts: DebateCounts }) {
  const unmarked = counts.replies.total - counts.replies.counter - counts.replies.agree;
  const rows: [string, string][] = [
    ["Responses", plural(counts.responses, "response")],
    ["By kind", `${counts.byKind.claim} claim · ${counts.byKind.evidence} evidence · ${counts.byKind.question} question · ${counts.byKind.none} unmarked`],
    ["Replies", `${plural(counts.replies.total, "reply", "replies")}: ${counts.replies.counter} counter · ${counts.replies.agree} agree · ${unmarked} unmarked`],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" data-testid="debate-summary">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-700">{term}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
