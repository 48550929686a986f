// A reading saved without a title takes its first Markdown heading, else its first line, cut to
// the title's limit at a word.
const MAX_TITLE = 200;

export function titleFromText(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const heading = lines.find((line) => /^#{1,6}\s/.test(line));
  const first = (heading ?? lines[0] ?? "").replace(/^#{1,6}\s+/, "").replace(/[*_`]/g, "").trim();
  if (first.length <= MAX_TITLE) return first;
  const cut = first.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}

/** The input with its title filled in from the text when the form's title field was left blank. */
export function withDefaultTitle(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const { title, text } = input as { title?: unknown; text?: unknown };
  // Only a blank string: a missing title or one of the wrong type is refused by the schema.
  if (typeof title !== "string" || title.trim() !== "" || typeof text !== "string") return input;
  return { ...input, title: titleFromText(text) };
}
