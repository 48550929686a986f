"use client";

import { useEffect, useState } from "react";

type Diagnosis = "checking" | "unavailable" | "broken";

// Waits until /api/health answers 200, asking again after each Retry-After; true if it ever did not.
async function waitForHealth(onUnavailable: () => void, signal: AbortSignal): Promise<boolean> {
  let wasDown = false;
  while (!signal.aborted) {
    const response = await fetch("/api/health", { cache: "no-store", signal }).catch(() => null);
    if (response?.ok) return wasDown;
    wasDown = true;
    onUnavailable();
    const seconds = Number(response?.headers.get("retry-after")) || 1;
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
  return wasDown;
}

// A page that failed to render. When the database is what failed (busy or restarting), say so and
// load the page again by itself once it is back; otherwise offer to try again.
export default function ErrorPage({ retry }: { error: Error; reset: () => void; retry: () => void }) {
  const [diagnosis, setDiagnosis] = useState<Diagnosis>("checking");
  useEffect(() => {
    const stop = new AbortController();
    waitForHealth(() => setDiagnosis("unavailable"), stop.signal).then(
      (wasDown) => (wasDown ? retry() : setDiagnosis("broken")),
      () => undefined, // left the page
    );
    return () => stop.abort();
  }, [retry]);

  if (diagnosis === "unavailable") {
    return (
      <div className="mx-auto max-w-md space-y-3 py-12 text-center">
        <h1 className="text-2xl font-semibold">Margin is briefly unavailable</h1>
        <p className="text-slate-700" role="status">
          It is busy or restarting. This page loads again by itself as soon as Margin is back; nothing you saved is lost.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-3 py-12 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-slate-700">We couldn’t load this page. Your work is saved; try again in a moment.</p>
      <button type="button" className="btn-primary" onClick={retry} disabled={diagnosis === "checking"}>
        Try again
      </button>
    </div>
  );
}
