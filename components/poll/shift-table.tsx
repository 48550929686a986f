import type { PollResults } from "@/lib/poll/poll-results";
import { ratingLabel } from "@/lib/poll/ratings";

const answer = (rating: number | null) => (rating === null ? "—" : `${rating} · ${ratingLabel(rating)}`);

// Each student's before and after answer and the shift between them (positive: toward agreeing).
export function ShiftTable({ students }: { students: PollResults["students"] }) {
  if (students.length === 0) return <p className="card text-slate-700">No students in this class yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="poll-shifts">
        <caption className="sr-only">Each student’s answers before and after, and the shift</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">Student</th>
            <th scope="col" className="py-2 pr-3">Before</th>
            <th scope="col" className="py-2 pr-3">After</th>
            <th scope="col" className="py-2">Shift</th>
          </tr>
        </thead>
        <tbody>
          {students.map((student) => (
            <tr key={student.email} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 font-medium">{student.name}</th>
              <td className="py-2 pr-3">{answer(student.before)}</td>
              <td className="py-2 pr-3">{answer(student.after)}</td>
              <td className="py-2 tabular-nums">{student.shiftText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
