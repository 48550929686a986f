// Shared by the schema (server) and the form (browser), without bringing zod to the browser: zod
// probes for eval there, which the Content-Security-Policy reports as a violation (ADR 0012).
export const THESIS_MAX_LENGTH = 300;
