export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading the section…</p>
      <div className="h-4 w-64 animate-pulse rounded bg-slate-200" />
      <div className="card h-48 animate-pulse bg-slate-100" />
      <div className="card h-32 animate-pulse bg-slate-100" />
    </div>
  );
}
