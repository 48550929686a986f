import type { GradingSettingsView, SettingsValues } from "@/lib/grading/settings";
import { Field } from "@/components/ui/field";

const WEIGHTS: { name: keyof SettingsValues & `weight${string}`; label: string; hint: string }[] = [
  { name: "weightRequirements", label: "Requirements met", hint: "Responses (with enough words) and replies to classmates." },
  { name: "weightQuality", label: "Argument quality", hint: "Quotes of the text, evidence with sources, stances, replies received; a teacher's pick makes up for one." },
  { name: "weightSpread", label: "Spread", hint: "Posts across the assigned sections rather than all in one." },
  { name: "weightTiming", label: "Timing", hint: "On-time posts; late ones lose the late penalty." },
];

// A GET form: "Preview" shows the class's distribution under these values; nothing is saved until
// the teacher presses "Save these settings" below the preview.
export function SettingsPreviewForm({ view }: { view: GradingSettingsView }) {
  const { proposed, errors } = view;
  const number = (name: keyof SettingsValues, label: string, hint?: string, max?: number) => (
    <Field id={name} label={label} hint={hint} errors={errors?.[name]}>
      {(props) => <input {...props} name={name} type="number" min={0} max={max} className="input max-w-32" defaultValue={String(proposed[name])} />}
    </Field>
  );
  return (
    <form method="get" className="card space-y-4" aria-labelledby="settings-form-heading">
      <h2 id="settings-form-heading" className="text-lg font-semibold">
        Participation score
      </h2>
      <input type="hidden" name="preview" value="1" />
      <div className="flex items-start gap-2">
        <input id="participation" name="participation" type="checkbox" defaultChecked={proposed.participation} className="mt-1 h-4 w-4" />
        <label htmlFor="participation" className="text-sm font-medium text-slate-800">
          Score participation automatically
        </label>
      </div>
      {number("maxPoints", "Out of (points)", undefined, 1000)}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Weights (relative; at least one above zero)</legend>
        {WEIGHTS.map((weight) => number(weight.name, weight.label, weight.hint, 100))}
      </fieldset>
      {number("latePenaltyPercent", "Late penalty (%)", "How much of a late post's timing credit is lost.", 100)}
      <Field id="rubricId" label="Rubric" hint="Graded by hand beside the participation score." errors={errors?.rubricId}>
        {(props) => (
          <select {...props} name="rubricId" className="input" defaultValue={proposed.rubricId}>
            <option value="">No rubric</option>
            {view.rubrics.map((rubric) => (
              <option key={rubric.id} value={rubric.id}>
                {rubric.title} ({rubric.maxPoints} pts)
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="btn-secondary">
        Preview
      </button>
    </form>
  );
}
