import Link from "next/link";
import { LinkPending } from "@/components/ui/link-pending";
import type { StanceFilter } from "@/lib/debate/debate-schemas";
import type { DebateCounts } from "@/lib/debate/debate-view";

export const FILTER_LABELS: Record<StanceFilter, string> = {
  supports: "Supports",
  challenges: "Challenges",
  complicates: "Complicates",
  none: "No stance",
};

export const EMPTY_STANCE = "No responses take this stance yet.";

export function debateHref(debatePath: string, stance: StanceFilter | null, cursor?: string | null): string {
  const params = new URLSearchParams();
  if (stance) params.set("stance", stance);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `${debatePath}?${query}` : debatePath;
}

// Stance tabs as plain links, so the filter is in the URL and works without JavaScript.
export function DebateFilter({ debatePath, active, counts }: { debatePath: string; active: StanceFilter | null; counts: DebateCounts }) {
  const tabs: { stance: StanceFilter | null; label: string; count: number }[] = [
    { stance: null, label: "All", count: counts.responses },
    ...(Object.keys(FILTER_LABELS) as StanceFilter[]).map((stance) => ({ stance, label: FILTER_LABELS[stance], count: counts.byStance[stance] })),
  ];
  return (
    <nav aria-label="Filter by stance">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const current = tab.stance === active;
          return (
            <li key={tab.label}>
              <Link
                href={debateHref(debatePath, tab.stance)}
                aria-current={current ? "page" : undefined}
                className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium no-underline ${
                  current ? "border-indigo-700 bg-indigo-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
                }`}
              >
                {tab.label}{" "}
                <span className={`rounded-full px-1.5 text-xs ${current ? "bg-white/20" : "bg-slate-100"}`}>{tab.count}</span>
                <LinkPending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
