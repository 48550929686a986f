import { z } from "zod";
import { blankToUndefined, formNumber, idSchema, lineText, multilineText, storableText } from "@/lib/validation";
import { MAX_SOURCES, POST_MAX_LENGTH } from "@/lib/discussion/limits";
import { QUOTE_MAX_LENGTH } from "@/lib/discussion/quote-spans";

export const PostBody = multilineText("Write something before posting.")
  .min(1, "Write something before posting.")
  .max(POST_MAX_LENGTH, `Keep posts under ${POST_MAX_LENGTH.toLocaleString("en-US")} characters.`);

// A client's name for one submission (a form's hidden field, or the Idempotency-Key header).
const IdempotencyKey = z.preprocess(
  blankToUndefined,
  z.string().regex(/^[\w.:-]{8,100}$/, "An idempotency key is 8 to 100 letters, digits, dots, colons, dashes or underscores.").optional(),
);

export const SectionPosition = formNumber(z.number({ error: "Unknown section." }).int("Unknown section.").min(1, "Unknown section.").max(10_000, "Unknown section."));

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blankToUndefined, z.enum(values, { message }).optional());

export const STANCE_REQUIRED = "This assignment asks every response to take a stance: supports, challenges or complicates.";

export const STANCES = ["SUPPORTS", "CHALLENGES", "COMPLICATES"] as const;
export const RESPONSE_KINDS = ["CLAIM", "EVIDENCE", "QUESTION"] as const;
export const REPLY_KINDS = ["COUNTER", "AGREE"] as const;

const Offset = formNumber(z.number({ error: "That passage is not part of this section." }).int("That passage is not part of this section.").optional());

// A quote comes whole or not at all; the server checks it against the section's text.
const QuoteFields = z.object({
  quoteStart: Offset,
  quoteEnd: Offset,
  quoteText: z.preprocess(blankToUndefined, storableText("Select the passage to quote again.").max(QUOTE_MAX_LENGTH * 2).optional()),
});

export const Source = z.object({
  title: lineText("Give each source a title.").min(1, "Give each source a title.").max(300, "Keep source titles under 300 characters."),
  url: lineText("Give each source a web address starting with http:// or https://.")
    .max(2000, "That web address is too long.")
    .pipe(z.url({ protocol: /^https?$/, error: "Give each source a web address starting with http:// or https://." })),
});

// Forms send sources as sources.0.title, sources.0.url, ...; rows left blank are dropped.
function collectSources(input: unknown): unknown {
  if (typeof input !== "object" || input === null || "sources" in input) return input;
  const rows = new Map<number, { title: string; url: string }>();
  for (const [key, value] of Object.entries(input)) {
    const match = /^sources\.(\d{1,2})\.(title|url)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const row = rows.get(Number(match[1])) ?? { title: "", url: "" };
    row[match[2] as "title" | "url"] = value.trim();
    rows.set(Number(match[1]), row);
  }
  const sources = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row).filter((row) => row.title || row.url);
  return { ...input, sources };
}

function evidenceHasSources(value: { kind?: string; sources: unknown[] }, context: z.RefinementCtx) {
  if (value.kind === "EVIDENCE" && value.sources.length === 0) {
    context.addIssue({ code: "custom", path: ["sources"], message: "Evidence needs at least one source: a title and a web address." });
  }
}

function quoteComplete(value: z.infer<typeof QuoteFields>, context: z.RefinementCtx) {
  const given = [value.quoteStart, value.quoteEnd, value.quoteText].filter((part) => part !== undefined).length;
  if (given !== 0 && given !== 3) context.addIssue({ code: "custom", path: ["quoteText"], message: "Select the passage to quote again." });
}

// A response's place in the argument.
const ResponseArgument = {
  stance: choice(STANCES, "Choose supports, challenges or complicates."),
  kind: choice(RESPONSE_KINDS, "Choose claim, evidence or question."),
  sources: z.array(Source).max(MAX_SOURCES, `Cite at most ${MAX_SOURCES} sources.`).default([]),
};
const ReplyKindChoice = choice(REPLY_KINDS, "Choose counter or agree.");

export const CreateResponseInput = z.preprocess(
  collectSources,
  z
    .object({ assignmentId: idSchema, position: SectionPosition, body: PostBody, idempotencyKey: IdempotencyKey, ...ResponseArgument })
    .extend(QuoteFields.shape)
    .superRefine((value, context) => {
      quoteComplete(value, context);
      evidenceHasSources(value, context);
    }),
);

export const CreateReplyInput = z
  .object({ parentId: idSchema, body: PostBody, replyKind: ReplyKindChoice, idempotencyKey: IdempotencyKey })
  .extend(QuoteFields.shape)
  .superRefine(quoteComplete);

// An edit sends the whole argument again: what is left out is cleared (replies ignore stance,
// kind and sources; responses ignore the reply kind).
export const EditPostInput = z.preprocess(
  collectSources,
  z.object({ postId: idSchema, body: PostBody, ...ResponseArgument, replyKind: ReplyKindChoice }).superRefine(evidenceHasSources),
);

export const DeletePostInput = z.object({ postId: idSchema });
