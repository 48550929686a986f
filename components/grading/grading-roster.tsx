import Link from "next/link";
import type { RosterEntry } from "@/lib/grading/grading-view";
import { formatPoints } from "@/lib/grading/score";

// The student list to jump to, with who is graded.
export function GradingRoster({ roster, currentId, hrefFor }: { roster: RosterEntry[]; currentId: string | null; hrefFor: (studentId: string) => string }) {
  return (
    <nav aria-label="Students" className="card">
      <ul className="space-y-1 text-sm">
        {roster.map((entry) => (
          <li key={entry.id}>
            <Link
              href={hrefFor(entry.id)}
              aria-current={entry.id === currentId ? "page" : undefined}
              className={`flex justify-between gap-2 rounded px-1 ${entry.id === currentId ? "bg-indigo-50 font-semibold" : ""}`}
            >
              <span>{entry.name}</span>
              <span className="text-slate-700">
                <span aria-hidden="true">{entry.graded ? "✓" : "–"}</span>
                <span className="sr-only">{entry.graded ? "graded" : "not graded"}</span> {entry.total === null ? "" : formatPoints(entry.total)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
