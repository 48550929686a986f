// Shared by the server schema and the browser's character counter.
export const POST_MAX_LENGTH = 10_000;

/** Sources an evidence response may cite. */
export const MAX_SOURCES = 5;
