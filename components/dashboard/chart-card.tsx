import type { ReactNode } from "react";
import { ActivityChart, type ChartBucket } from "@/components/dashboard/activity-charts";

// A chart with what it shows in words (a summary) and as a table: the table is the chart's
// accessible alternative, open by default when there is no script to draw the chart.
export function ChartCard({ id, title, summary, data, firstColumn, testId }: { id: string; title: string; summary: ReactNode; data: ChartBucket[]; firstColumn: string; testId: string }) {
  return (
    <section aria-labelledby={id} className="card space-y-3">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <p className="text-sm text-slate-700" data-testid={`${testId}-summary`}>
        {summary}
      </p>
      {data.length > 0 ? (
        <>
          <ActivityChart data={data} testId={testId} />
          <details>
            <summary className="cursor-pointer text-sm">{title}: table</summary>
            <table className="mt-2 w-full text-left text-sm" data-testid={`${testId}-table`}>
              <caption className="sr-only">{title}</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-2 py-1">{firstColumn}</th>
                  <th scope="col" className="px-2 py-1">Responses</th>
                  <th scope="col" className="px-2 py-1">Replies</th>
                </tr>
              </thead>
              <tbody>
                {data.map((bucket) => (
                  <tr key={bucket.label} className="border-t border-slate-200">
                    <th scope="row" className="px-2 py-1 font-normal">{bucket.label}</th>
                    <td className="px-2 py-1 tabular-nums">{bucket.responses}</td>
                    <td className="px-2 py-1 tabular-nums">{bucket.replies}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : null}
    </section>
  );
}
