import { z } from "zod";
import { formNumber, idSchema, lineText, multilineText, storableText } from "@/lib/validation";
import { QUOTE_MAX_LENGTH } from "@/lib/discussion/quote-spans";
import { SectionPosition, Source } from "@/lib/discussion/schemas";
import { CLAIM_MAX_SOURCES, CLAIM_NOTE_MAX_LENGTH, PERSPECTIVE_MAX_LENGTH } from "@/lib/claims/limits";

const ClaimNote = multilineText("Write a short note on why the passage is contested.")
  .min(1, "Write a short note on why the passage is contested.")
  .max(CLAIM_NOTE_MAX_LENGTH, `Keep the note under ${CLAIM_NOTE_MAX_LENGTH} characters.`);

export const ClaimSourceInput = Source.extend({
  perspective: lineText("Say whose perspective each source represents.")
    .min(1, "Say whose perspective each source represents, e.g. “United Nations”.")
    .max(PERSPECTIVE_MAX_LENGTH, `Keep each perspective under ${PERSPECTIVE_MAX_LENGTH} characters.`),
});

const SOURCE_FIELDS = ["title", "url", "perspective"] as const;
type SourceRow = Record<(typeof SOURCE_FIELDS)[number], string>;

// Forms send sources as sources.0.title, sources.0.url, sources.0.perspective, ...; rows left
// entirely blank are dropped. Code may pass `sources` as an array instead.
function collectSources(input: unknown): unknown {
  if (typeof input !== "object" || input === null || "sources" in input) return input;
  const rows = new Map<number, SourceRow>();
  for (const [key, value] of Object.entries(input)) {
    const match = /^sources\.(\d{1,2})\.(title|url|perspective)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const row = rows.get(Number(match[1])) ?? { title: "", url: "", perspective: "" };
    row[match[2] as keyof SourceRow] = value.trim();
    rows.set(Number(match[1]), row);
  }
  const sources = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => SOURCE_FIELDS.some((field) => row[field] !== ""));
  return { ...input, sources };
}

const Offset = formNumber(z.number({ error: "Select a passage in the text first." }).int("Select a passage in the text first."));

export const MarkClaimInput = z.preprocess(
  collectSources,
  z.object({
    assignmentId: idSchema,
    position: SectionPosition,
    start: Offset,
    end: Offset,
    quote: storableText("Select a passage in the text first.").min(1, "Select a passage in the text first.").max(QUOTE_MAX_LENGTH * 2),
    note: ClaimNote,
    sources: z
      .array(ClaimSourceInput, { error: "Add at least one counter-source." })
      .min(1, "Add at least one counter-source: a title, a web address and its perspective.")
      .max(CLAIM_MAX_SOURCES, `Cite at most ${CLAIM_MAX_SOURCES} sources.`),
  }),
);
export type MarkClaim = z.infer<typeof MarkClaimInput>;

export const RemoveClaimInput = z.object({ assignmentId: idSchema, claimId: idSchema });
