import type { Distribution } from "@/lib/poll/poll-results";
import { plural } from "@/lib/format";
import { MeterBar } from "@/components/ui/meter-bar";

// Counts per rating as plain HTML: each bar's count is text beside it, so the chart reads the same
// to a screen reader (a list) as it looks.
export function DistributionChart({ title, distribution, testId }: { title: string; distribution: Distribution; testId: string }) {
  const largest = Math.max(1, ...distribution.bars.map((bar) => bar.count));
  return (
    <div className="card space-y-3" data-testid={testId}>
      <h3 className="font-semibold">{title}</h3>
      {distribution.total === 0 ? (
        <p className="text-slate-700">No answers yet.</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {plural(distribution.total, "answer")}; mean {distribution.mean!.toFixed(1)} (1 strongly disagree, 5 strongly agree)
          </p>
          <ul className="space-y-1" aria-label={`${title}: answers per rating`}>
            {distribution.bars.map((bar) => (
              <li key={bar.rating} className="grid grid-cols-[10rem_1fr_2.5rem] items-center gap-2 text-sm" data-testid={`${testId}-${bar.rating}`}>
                <span>
                  {bar.rating} · {bar.label}
                </span>
                <MeterBar value={bar.count} max={largest} className="h-4" fill="fill-slate-700" />
                <span className="text-right tabular-nums">{bar.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
