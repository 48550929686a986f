import Link from "next/link";
import type { DebateColumn } from "@/lib/debate/debate-view";
import { DebatePostList } from "@/components/debate/debate-post";
import { debateHref, EMPTY_STANCE, FILTER_LABELS } from "@/components/debate/debate-filter";

// The stance's colour on top of its column (the debate view and the board).
export const STANCE_ACCENTS = {
  supports: "border-t-emerald-600",
  challenges: "border-t-rose-600",
  complicates: "border-t-amber-500",
  none: "border-t-slate-400",
} as const;

// The "All" view: a column per stance, side by side on wide screens, stacked on narrow ones.
// "No stance" only appears when some response takes none.
export function DebateColumns({ columns, debatePath, sectionPath }: { columns: DebateColumn[]; debatePath: string; sectionPath: string }) {
  const shown = columns.filter((column) => column.stance !== "none" || column.count > 0);
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {shown.map((column) => {
        const headingId = `stance-${column.stance}-heading`;
        return (
          <section
            key={column.stance}
            aria-labelledby={headingId}
            className={`card space-y-3 border-t-4 ${STANCE_ACCENTS[column.stance]} ${column.stance === "none" ? "md:col-span-3" : ""}`}
            data-testid={`stance-column-${column.stance}`}
          >
            <h3 id={headingId} className="flex items-baseline justify-between gap-2 font-semibold">
              {FILTER_LABELS[column.stance]}
              <span className="text-sm font-normal text-slate-700" data-testid="stance-count">
                {column.count}
              </span>
            </h3>
            {column.posts.length === 0 ? (
              <p className="text-sm text-slate-700">{EMPTY_STANCE}</p>
            ) : (
              <DebatePostList posts={column.posts} sectionPath={sectionPath} showStance={false} label={`Newest responses: ${FILTER_LABELS[column.stance]}`} />
            )}
            {column.count > column.posts.length ? (
              <p className="text-sm">
                <Link href={debateHref(debatePath, column.stance)}>
                  See all {column.count}
                  <span className="sr-only"> responses: {FILTER_LABELS[column.stance]}</span>
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
