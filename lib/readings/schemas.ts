import { z } from "zod";
import { blocks } from "@/lib/readings/split";
import { MAX_SECTIONS } from "@/lib/readings/limits";
import { readingTextProblem } from "@/lib/readings/text-checks";
import { idSchema, lineText, multilineText, storableText } from "@/lib/validation";

const optionalText = (text: typeof lineText, max: number, label: string) =>
  text(`Write the ${label} as text.`)
    .max(max, `Keep the ${label} under ${max} characters.`)
    .nullish()
    .transform((value) => value || null);

// A source is a citation or a link; a link must be http(s), since it is rendered as one.
const Source = optionalText(lineText, 500, "source").refine(
  (value) => value === null || !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:\/\//i.test(value),
  "A source link must start with http:// or https://.",
);

export const ReadingDetails = z.object({
  title: lineText("Give the reading a title.").min(1, "Give the reading a title.").max(200, "Keep the title under 200 characters."),
  author: optionalText(lineText, 200, "author"),
  source: Source,
  perspective: optionalText(lineText, 120, "perspective"),
});

// Not trimmed or cleaned: sections are cut at offsets into exactly this text.
export const ReadingText = storableText("Paste or upload the reading's text.").superRefine((text, ctx) => {
  const problem = readingTextProblem(text);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const SectionPlan = z.object({
  /** Where the section starts in the text; must be the start of a paragraph. */
  start: z.number({ error: "The sections no longer match the text. Split it again." }).int().min(0),
  heading: optionalText(lineText, 200, "section title"),
  question: optionalText(multilineText, 1000, "question"),
});

// The whole reading as the editor saves it. The server cuts the text at the starts itself, so
// the sections always concatenate to exactly the text.
export const SaveReadingInput = ReadingDetails.extend({
  text: ReadingText,
  sections: z.array(SectionPlan, { error: "A reading needs at least one section." }).min(1, "A reading needs at least one section.").max(MAX_SECTIONS, `Keep it to ${MAX_SECTIONS} sections.`),
}).superRefine(({ text, sections }, ctx) => {
  const paragraphStarts = new Set(blocks(text).map((block) => block.start));
  const valid = sections.every(({ start }, i) => (i === 0 ? start === 0 : start > sections[i - 1]!.start && paragraphStarts.has(start)));
  if (!valid) ctx.addIssue({ code: "custom", path: ["sections"], message: "The sections no longer match the text. Split it again." });
});

export type SaveReadingInput = z.infer<typeof SaveReadingInput>;

export const ReadingIdInput = z.object({ readingId: idSchema });
