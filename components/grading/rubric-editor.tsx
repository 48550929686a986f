"use client";

import { useActionState, useState } from "react";
import { IDLE } from "@/lib/action-state";
import { createRubricAction, updateRubricAction } from "@/lib/grading/actions";
import type { RubricCriterion, RubricLevel } from "@/lib/grading/total";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const STARTER_LEVELS: RubricLevel[] = [
  { label: "Excellent", points: 3, description: "" },
  { label: "Good", points: 2, description: "" },
  { label: "Needs work", points: 1, description: "" },
];
const emptyCriterion = (): RubricCriterion => ({ title: "", levels: STARTER_LEVELS.map((level) => ({ ...level })) });

// Criteria × levels, each level with its points and a description. The whole rubric is sent as one
// JSON field; the server checks it (lib/grading/schemas.ts) and writes nothing when it is wrong.
export function RubricEditor({ rubric }: { rubric?: { id: string; title: string; criteria: RubricCriterion[] } }) {
  const [state, action] = useActionState(rubric ? updateRubricAction : createRubricAction, IDLE);
  const [title, setTitle] = useState(rubric?.title ?? "");
  const [criteria, setCriteria] = useState<RubricCriterion[]>(rubric?.criteria ?? [emptyCriterion()]);
  const change = (index: number, next: RubricCriterion | null) =>
    setCriteria((all) => (next ? all.map((criterion, i) => (i === index ? next : criterion)) : all.filter((_, i) => i !== index)));
  const changeLevel = (criterion: RubricCriterion, index: number, levelIndex: number, next: Partial<RubricLevel> | null) =>
    change(index, {
      ...criterion,
      levels: next ? criterion.levels.map((level, i) => (i === levelIndex ? { ...level, ...next } : level)) : criterion.levels.filter((_, i) => i !== levelIndex),
    });
  return (
    <form action={action} className="space-y-4" noValidate aria-label={rubric ? "Edit rubric" : "New rubric"}>
      {rubric ? <input type="hidden" name="rubricId" value={rubric.id} /> : null}
      <input type="hidden" name="criteria" value={JSON.stringify(criteria)} />
      <div className="space-y-1">
        <label htmlFor="rubric-title" className="block text-sm font-medium text-slate-800">
          Title
        </label>
        <input id="rubric-title" name="title" className="input" maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />
        {state.fieldErrors?.title ? <p className="text-sm text-red-700">{state.fieldErrors.title[0]}</p> : null}
      </div>
      {criteria.map((criterion, index) => (
        <fieldset key={index} className="card space-y-3" data-testid="criterion">
          <legend className="px-1 font-semibold">Criterion {index + 1}</legend>
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex-1 space-y-1">
              <label htmlFor={`criterion-${index}`} className="block text-sm font-medium text-slate-800">
                Criterion {index + 1} name
              </label>
              <input id={`criterion-${index}`} className="input" value={criterion.title} onChange={(event) => change(index, { ...criterion, title: event.target.value })} />
            </div>
            <button type="button" className="btn-quiet" onClick={() => change(index, null)}>
              Remove criterion {index + 1}
            </button>
          </div>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Levels of criterion {index + 1}</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Points</th>
                <th scope="col">Description</th>
                <th scope="col">
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {criterion.levels.map((level, levelIndex) => {
                const name = `criterion ${index + 1}, level ${levelIndex + 1}`;
                return (
                  <tr key={levelIndex} className="align-top">
                    <td className="pr-2">
                      <input aria-label={`Name of ${name}`} className="input" value={level.label} onChange={(event) => changeLevel(criterion, index, levelIndex, { label: event.target.value })} />
                    </td>
                    <td className="pr-2">
                      <input
                        aria-label={`Points of ${name}`}
                        type="number"
                        className="input w-20"
                        value={Number.isNaN(level.points) ? "" : level.points}
                        onChange={(event) => changeLevel(criterion, index, levelIndex, { points: event.target.valueAsNumber })}
                      />
                    </td>
                    <td className="pr-2">
                      <textarea
                        aria-label={`Description of ${name}`}
                        rows={2}
                        className="input"
                        value={level.description}
                        onChange={(event) => changeLevel(criterion, index, levelIndex, { description: event.target.value })}
                      />
                    </td>
                    <td>
                      <button type="button" className="btn-quiet" onClick={() => changeLevel(criterion, index, levelIndex, null)}>
                        Remove<span className="sr-only"> {name}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="button" className="btn-secondary" onClick={() => change(index, { ...criterion, levels: [...criterion.levels, { label: "", points: 0, description: "" }] })}>
            Add a level<span className="sr-only"> to criterion {index + 1}</span>
          </button>
        </fieldset>
      ))}
      <button type="button" className="btn-secondary" onClick={() => setCriteria((all) => [...all, emptyCriterion()])}>
        Add a criterion
      </button>
      <div>
        <SubmitButton pendingLabel="Saving…">Save rubric</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
