import { getOwnGrade } from "@/lib/grading/own-grade";
import { LocalTime } from "@/components/ui/local-time";
import { RubricSummary, ScoreBreakdown, TotalLine } from "@/components/grading/score-breakdown";

// On the reading overview, for a student once the teacher has released grades: their own grade
// only (lib/grading/own-grade.ts decides).
export async function OwnGradeCard({ viewerId, assignmentId }: { viewerId: string; assignmentId: string }) {
  const grade = await getOwnGrade(viewerId, assignmentId);
  if (!grade) return null;
  return (
    <section aria-labelledby="own-grade-heading" className="card space-y-3" data-testid="own-grade">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="own-grade-heading" className="text-lg font-semibold">
          Your grade
        </h2>
        {grade.updatedAt ? (
          <span className="rounded bg-amber-100 px-1.5 text-sm font-medium text-amber-900">
            Updated <LocalTime iso={grade.updatedAt} />
          </span>
        ) : null}
      </div>
      <TotalLine total={grade.total} />
      {grade.overrideReason ? <p className="text-sm text-slate-700">Set by your teacher: {grade.overrideReason}</p> : null}
      {grade.participation ? (
        <div className="space-y-1">
          <h3 className="font-medium">Participation</h3>
          <ScoreBreakdown score={grade.participation} />
        </div>
      ) : null}
      {grade.total.rubric ? <RubricSummary rubric={grade.total.rubric} /> : null}
      {grade.feedback ? (
        <div className="space-y-1">
          <h3 className="font-medium">Feedback from your teacher</h3>
          {/* Plain text: React escapes it; line breaks are kept. */}
          <p className="whitespace-pre-wrap text-slate-800" data-testid="own-feedback">
            {grade.feedback}
          </p>
        </div>
      ) : null}
    </section>
  );
}
