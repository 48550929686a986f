import { db } from "@/lib/db";
import { createModeratedClass } from "@/tests/factories/moderation";

// Section 1's text: plain English, Korean and Chinese (one UTF-16 unit each), and an emoji and a
// rare ideograph (two units each), so offsets are tested the way JavaScript counts them.
export const CLAIM_SECTION_BODY =
  "The war began on June 25, 1950, when the North attacked. 북한은 이 전쟁을 조국해방전쟁이라 부른다. 中国称之为抗美援朝战争。 Flags 🇰🇷 and 𠀋 stand for both sides.";

/** A moderated class (teacher, TA, students, an outsider) whose section 1 has CLAIM_SECTION_BODY. */
export async function createClaimClass() {
  const world = await createModeratedClass();
  const section = world.reading.sections[0]!;
  await db.section.update({ where: { id: section.id }, data: { body: CLAIM_SECTION_BODY } });
  return { ...world, body: CLAIM_SECTION_BODY };
}

export type ClaimClass = Awaited<ReturnType<typeof createClaimClass>>;

/** The span of `phrase` in `body`; throws when it is not there, so a typo fails loudly. */
export function spanOf(body: string, phrase: string) {
  const start = body.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, quote: phrase };
}

export const UN_SOURCE = {
  title: "Security Council resolution 82 (1950)",
  url: "https://undocs.org/S/RES/82(1950)",
  perspective: "United Nations",
};

/** A valid markClaim input for `phrase` in section 1, with one source. */
export function claimInput(world: ClaimClass, phrase: string, overrides: Record<string, unknown> = {}) {
  return {
    assignmentId: world.assignment.id,
    position: 1,
    ...spanOf(world.body, phrase),
    note: "The UN Security Council found the North's attack a breach of the peace.",
    sources: [UN_SOURCE],
    ...overrides,
  };
}
