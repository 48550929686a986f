// Shared by the server's checks and the browser's early warnings.
export const MAX_READING_BYTES = 2 * 1024 * 1024;
export const MAX_READING_LABEL = "2 MB";
// A reading saved as JSON: escaping line breaks and quotes can double the text.
export const MAX_READING_JSON_BYTES = 2 * MAX_READING_BYTES + 64 * 1024;
export const READING_FILE_TYPES = [".txt", ".md", ".markdown", ".docx"] as const;
export const MAX_SECTIONS = 300;

// Offered in each question field; the teacher may keep, rewrite or clear it.
export const DEFAULT_QUESTION = "What does this section claim, and how well does its evidence support it?";
