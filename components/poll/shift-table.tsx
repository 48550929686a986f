import type { PollResults } from "@/lib/poll/poll-results";
import { ratingLabel } from "@/lib/poll/ratings";
import { EmptyState } from "@/components/ui/page-section";
import { TableHead } from "@/components/ui/table-head";
import { ScrollRegion } from "@/components/ui/scroll-region";

const answer = (rating: number | null) => (rating === null ? "—" : `${rating} · ${ratingLabel(rating)}`);

// Each student's before and after answer and the shift between them (positive: toward agreeing).
export function ShiftTable({ students }: { students: PollResults["students"] }) {
  if (students.length === 0) return <EmptyState>No students in this class yet.</EmptyState>;
  return (
    <ScrollRegion label="Answers before and after" card={false}>
      <table className="w-full text-left text-sm" data-testid="poll-shifts">
        <TableHead caption="Each student’s answers before and after, and the shift" columns={["Student", "Before", "After", "Shift"]} />
        <tbody>
          {students.map((student) => (
            <tr key={student.email} className="border-b border-slate-200">
              <th scope="row" className="px-3 py-2 font-medium">{student.name}</th>
              <td className="px-3 py-2">{answer(student.before)}</td>
              <td className="px-3 py-2">{answer(student.after)}</td>
              <td className="px-3 py-2 tabular-nums">{student.shiftText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
