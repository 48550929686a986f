import Link from "next/link";
import { COLUMN_LABELS, SORT_KEYS, defaultDirection, type Sort, type SortKey, type StudentRow } from "@/lib/dashboard/columns";
import { ratingLabel } from "@/lib/poll/ratings";
import { LocalTime } from "@/components/ui/local-time";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { EmptyState } from "@/components/ui/page-section";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

function stance(row: StudentRow): string {
  const answer = (rating: number | null) => (rating === null ? "—" : `${rating} ${ratingLabel(rating)}`);
  return row.stanceBefore === null && row.stanceAfter === null ? "—" : `${answer(row.stanceBefore)} → ${answer(row.stanceAfter)}`;
}

function Cell({ row, column }: { row: StudentRow; column: SortKey }) {
  switch (column) {
    case "student":
      return (
        <th scope="row" className="px-3 py-2 font-medium">
          {row.label}
          {row.email ? <span className="block text-xs font-normal text-slate-700">{row.email}</span> : null}
        </th>
      );
    case "stance":
      return <td className="px-3 py-2 whitespace-nowrap">{stance(row)}</td>;
    case "lastActive":
      return <td className="px-3 py-2 whitespace-nowrap">{row.lastActive ? <LocalTime iso={row.lastActive} form="relative" /> : "Not yet"}</td>;
    case "score":
      return <td className="px-3 py-2 tabular-nums">{row.score ?? "—"}</td>;
    default:
      return <td className="px-3 py-2 tabular-nums">{row[column]}</td>;
  }
}

// Each column header is a link that sorts on the server (it works without JavaScript and by
// keyboard); clicking the sorted column again reverses it. aria-sort tells screen readers the order.
export function StudentTable({ rows, sort, hrefFor, showStance }: { rows: StudentRow[]; sort: Sort; hrefFor: (sort: Sort) => string; showStance: boolean }) {
  if (rows.length === 0) return <EmptyState>No students have joined this class yet.</EmptyState>;
  const columns = SORT_KEYS.filter((key) => key !== "stance" || showStance);
  return (
    <ScrollRegion label="Each student's activity">
      <table className="w-full text-left text-sm" data-testid="dashboard-students">
        <caption className="sr-only">Each student&apos;s activity on this reading; column headers sort the table</caption>
        <thead className="bg-slate-50 text-slate-800">
          <tr>
            {columns.map((key) => {
              const sorted = sort.key === key;
              const next = sorted ? (sort.direction === "asc" ? "desc" : "asc") : defaultDirection(key);
              return (
                <th key={key} scope="col" className="px-3 py-2 whitespace-nowrap" aria-sort={sorted ? ARIA_SORT[sort.direction] : undefined}>
                  <Link href={hrefFor({ key, direction: next })} className="text-slate-900" scroll={false}>
                    {COLUMN_LABELS[key]}
                    <span aria-hidden="true">{sorted ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}</span>
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200">
              {columns.map((column) => (
                <Cell key={column} row={row} column={column} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
