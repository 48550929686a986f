import type { Distribution } from "@/lib/grading/settings";
import { formatPoints } from "@/lib/grading/score";
import { TableHead } from "@/components/ui/table-head";
import { MeterBar } from "@/components/ui/meter-bar";

// The class's scores under the proposed settings: min, median, max, a five-band histogram (bars
// with their counts as text) and the sorted scores.
export function DistributionPreview({ distribution }: { distribution: Distribution }) {
  const widest = Math.max(1, ...distribution.buckets.map((bucket) => bucket.count));
  return (
    <div className="space-y-3" data-testid="distribution">
      <p>
        {distribution.count} students · min {formatPoints(distribution.min)} · median {formatPoints(distribution.median)} · max {formatPoints(distribution.max)} (out of{" "}
        {distribution.outOf})
      </p>
      <ul className="space-y-1 text-sm" aria-label="Students per score band">
        {distribution.buckets.map((bucket) => (
          <li key={bucket.from} className="grid grid-cols-[7rem_1fr_2.5rem] items-center gap-2">
            <span className="text-slate-700">
              {formatPoints(bucket.from)}–{formatPoints(bucket.to)}
            </span>
            <MeterBar value={bucket.count} max={widest} />
            <span className="text-right tabular-nums">{bucket.count}</span>
          </li>
        ))}
      </ul>
      <details>
        <summary className="cursor-pointer text-sm">Every student&apos;s score</summary>
        <table className="mt-2 w-full text-left text-sm">
          <TableHead caption="Scores under these settings" columns={["Student", "Score"]} />
          <tbody>
            {distribution.scores.map((score, index) => (
              <tr key={`${score.name}-${index}`} className="border-t border-slate-200">
                <td className="px-3 py-1">{score.name}</td>
                <td className="px-3 py-1">{formatPoints(score.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
