"use client";

import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// The dashboard's two charts (recharts), drawn in the browser only. Recharts sizes its boxes with
// style properties: set from script through the CSSOM they pass the Content-Security-Policy, whereas
// the same styles rendered on the server would be style="" attributes, which it refuses (ADR 0012).
// Until the script runs, and for screen readers always, the table beside each chart says the same.

export type ChartBucket = { label: string; responses: number; replies: number };

const noSubscription = () => () => {};
function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

const RESPONSES_COLOR = "#4338ca"; // indigo-700
const REPLIES_COLOR = "#d97706"; // amber-600

export function ActivityChart({ data, testId }: { data: ChartBucket[]; testId: string }) {
  const inBrowser = useInBrowser();
  return (
    <div aria-hidden="true" className="h-64 w-full" data-testid={testId}>
      {inBrowser ? (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} width={36} />
            <Tooltip />
            <Legend />
            <Bar dataKey="responses" name="Responses" stackId="posts" fill={RESPONSES_COLOR} isAnimationActive={false} />
            <Bar dataKey="replies" name="Replies" stackId="posts" fill={REPLIES_COLOR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}
