import { useId } from "react";

const RULES = [
  {
    name: "postFirst",
    label: "Post first, then see others",
    explanation: "A student sees classmates’ posts in a section only after posting their own response there.",
  },
  {
    name: "stanceRequired",
    label: "Every response must take a stance",
    explanation: "Responses say whether they support, challenge or complicate the section’s narrative.",
  },
] as const;

export type DiscussionRules = { postFirst: boolean; stanceRequired: boolean };

// The per-assignment discussion rules, as checkboxes with a line saying what each does. Shared by
// the assign form and the moderation settings so both say the same thing.
export function DiscussionRuleFields({ defaults }: { defaults: DiscussionRules }) {
  const id = useId();
  return (
    <div className="space-y-2">
      {RULES.map((rule) => (
        <div key={rule.name} className="flex items-start gap-2">
          <input
            id={`${id}-${rule.name}`}
            name={rule.name}
            type="checkbox"
            defaultChecked={defaults[rule.name]}
            aria-describedby={`${id}-${rule.name}-hint`}
            className="mt-1 h-4 w-4"
          />
          <div className="text-sm">
            <label htmlFor={`${id}-${rule.name}`} className="font-medium text-slate-800">
              {rule.label}
            </label>
            <p id={`${id}-${rule.name}-hint`} className="text-slate-600">
              {rule.explanation}
            </p>
          </div>
        </div>
      ))}
    </div>
  );
}
