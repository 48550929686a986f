// Shared by the schema (server) and the form (browser), without bringing zod to the browser.
export const CLAIM_NOTE_MAX_LENGTH = 600;
export const CLAIM_MAX_SOURCES = 5;
export const PERSPECTIVE_MAX_LENGTH = 120;
