import { formatPoints, type ParticipationScore } from "@/lib/grading/score";
import type { GradeTotal } from "@/lib/grading/total";

// Why a score is what it is: each part's points and the counts behind them ("Quotes 2/2"). Shown to
// the teacher while grading and to the student once grades are released.
export function ScoreBreakdown({ score }: { score: ParticipationScore }) {
  return (
    <dl className="space-y-2 text-sm" data-testid="score-breakdown">
      {score.parts.map((part) => (
        <div key={part.key}>
          <dt className="flex justify-between gap-2 font-medium text-slate-900">
            <span>{part.label}</span>
            <span>
              {formatPoints(part.earned)}/{formatPoints(part.possible)}
            </span>
          </dt>
          <dd className="text-slate-700">{part.details.map((detail) => `${detail.label} ${detail.count}/${detail.target}`).join(" · ")}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "12.5 / 16", or "Not graded yet". */
export function TotalLine({ total }: { total: GradeTotal }) {
  return (
    <p className="text-2xl font-semibold text-slate-900" data-testid="grade-total">
      {total.total === null ? "Not graded yet" : `${formatPoints(total.total)} / ${formatPoints(total.max)}`}
      {total.overridden && total.computed !== null ? <span className="ml-2 text-sm font-normal text-slate-700">(computed: {formatPoints(total.computed)})</span> : null}
    </p>
  );
}

/** The rubric's chosen level per criterion, read-only. */
export function RubricSummary({ rubric }: { rubric: NonNullable<GradeTotal["rubric"]> }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Rubric</caption>
      <thead className="bg-slate-50 text-slate-800">
        <tr>
          <th scope="col" className="px-2 py-1">
            Criterion
          </th>
          <th scope="col" className="px-2 py-1">
            Level
          </th>
          <th scope="col" className="px-2 py-1">
            Points
          </th>
        </tr>
      </thead>
      <tbody>
        {rubric.choices.map((choice) => (
          <tr key={choice.criterion} className="border-t border-slate-200 align-top">
            <th scope="row" className="px-2 py-1 font-medium">
              {choice.criterion}
            </th>
            <td className="px-2 py-1">
              {choice.level ? choice.level.label : "Not chosen"}
              {choice.level?.description ? <span className="block text-slate-600">{choice.level.description}</span> : null}
            </td>
            <td className="px-2 py-1">
              {formatPoints(choice.level?.points ?? 0)}/{formatPoints(choice.max)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
