// Counts what a person does to reach a goal (issue 13): each click, field typed into or option
// chosen is one interaction. Opening a link someone sent is not.
export type Act = (step: string, action: () => Promise<unknown>) => Promise<void>;

export function interactionCounter(): { steps: string[]; act: Act } {
  const steps: string[] = [];
  return {
    steps,
    act: async (step, action) => {
      steps.push(step);
      await action();
    },
  };
}
