// Shown while the debate view's counts and lists load.
export default function DebateLoading() {
  return (
    <div aria-busy="true" className="space-y-6">
      <p className="sr-only" role="status">
        Loading the debate…
      </p>
      <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="flex gap-2">
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="h-8 w-24 animate-pulse rounded-full bg-slate-200" />
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {Array.from({ length: 3 }, (_, index) => (
          <div key={index} className="card h-48 animate-pulse bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
