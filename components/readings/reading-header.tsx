import type { AssignmentContext } from "@/lib/assignments/context";

export function ReadingHeader({ reading }: { reading: AssignmentContext["reading"] }) {
  return (
    <header className="space-y-1">
      <h1 className="font-serif text-3xl font-semibold">{reading.title}</h1>
      {reading.subtitle ? <p className="font-serif text-xl text-slate-800">{reading.subtitle}</p> : null}
      {reading.tagline ? <p className="italic text-slate-700">{reading.tagline}</p> : null}
    </header>
  );
}
