import type { Distribution } from "@/lib/poll/poll-results";
import { plural } from "@/lib/format";

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
                {/* An SVG width, not a style="" attribute, which the Content-Security-Policy refuses (ADR 0012). */}
                <svg aria-hidden="true" className="block h-4 w-full rounded bg-slate-100">
                  <rect width={`${(bar.count / largest) * 100}%`} height="100%" rx="4" className="fill-slate-700" />
                </svg>
                <span className="text-right tabular-nums">{bar.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
