// The grading settings form's fields, participation on with the default weights.
export function participationSettings(assignmentId: string, overrides: Record<string, unknown> = {}) {
  return {
    assignmentId,
    participation: "on",
    maxPoints: "10",
    weightRequirements: "40",
    weightQuality: "30",
    weightSpread: "15",
    weightTiming: "15",
    latePenaltyPercent: "0",
    ...overrides,
  };
}
