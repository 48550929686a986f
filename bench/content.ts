// Deterministic, realistic-looking discussion posts: Markdown of varied length (one line to several
// paragraphs with lists, quotes, emphasis and links), so rendering cost resembles a real class.

/** mulberry32: small seeded PRNG, so every run seeds the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
export const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

const SENTENCES = [
  "The author frames the armistice as a pause rather than an ending, and that changes how I read the first section.",
  "I think the strongest evidence is the description of the refugees crossing the river in winter.",
  "What surprised me most was how quickly public opinion shifted once the front stabilised.",
  "This reminds me of what we discussed last week about memory and the way wars get named.",
  "I'm not sure I agree that the decision was inevitable; the text itself hints at alternatives.",
  "The paragraph about the negotiations at Panmunjom is doing a lot of quiet work here.",
  "If you compare the casualty figures with the tone of the newspapers quoted, the gap is striking.",
  "One thing I keep coming back to is who gets to speak in this account and who is only described.",
  "The phrase \"forgotten war\" seems to be an argument in itself, not just a label.",
  "I had to reread this section twice before the timeline made sense to me.",
  "Maybe the point is that ordinary soldiers experienced the stalemate very differently from the generals.",
  "The map on the second page helped me see why the 38th parallel mattered so much.",
  "Our group disagreed about whether the author is sympathetic to the policy makers.",
  "There's an interesting tension between the official reports and the letters home.",
  "I wonder how this would read to someone whose family lived through it.",
  "The last sentence of the section felt like a deliberate echo of the opening.",
  "It would help to know more about the economic pressures at the time.",
  "The essay never fully explains the role of the other allied countries, which I found frustrating.",
  "I liked how the author used a single village to stand for a much larger story.",
  "Honestly, the numbers were hard to take in until the author described one family.",
];

const QUOTES = [
  "Neither side could win, and neither side could afford to lose.",
  "The line on the map hardly moved, but everything around it did.",
  "Silence, after three years, was its own kind of victory.",
  "History is written by those who stayed to write it.",
];

const LINKS = [
  "[the timeline we made in class](https://example.edu/timeline)",
  "[this primary source](https://example.org/archive/letters-1951)",
  "[the map from the textbook](https://example.edu/maps/korea-1953)",
];

function sentence(rng: Rng): string {
  let text = pick(rng, SENTENCES);
  const roll = rng();
  if (roll < 0.08) text = text.replace(/^(\S+ \S+ \S+)/, "**$1**");
  else if (roll < 0.14) text = text.replace(/(\S+ \S+)\.$/, "*$1*.");
  else if (roll < 0.18) text = `${text.slice(0, -1)} (see ${pick(rng, LINKS)}).`;
  return text;
}

function paragraph(rng: Rng, min = 1, max = 4): string {
  return Array.from({ length: between(rng, min, max) }, () => sentence(rng)).join(" ");
}

/** A response or reply body. Replies are shorter on average. */
export function markdownBody(rng: Rng, kind: "response" | "reply"): string {
  const size = rng();
  if (kind === "reply" || size < 0.3) return paragraph(rng, 1, kind === "reply" ? 2 : 3);
  const blocks: string[] = [paragraph(rng, 2, 4)];
  const extra = size < 0.75 ? between(rng, 0, 1) : between(rng, 2, 5);
  for (let i = 0; i < extra; i++) {
    const roll = rng();
    if (roll < 0.15) blocks.push(`> ${pick(rng, QUOTES)}`);
    else if (roll < 0.3) {
      blocks.push(Array.from({ length: between(rng, 2, 4) }, () => `- ${pick(rng, SENTENCES)}`).join("\n"));
    } else if (roll < 0.38) {
      blocks.push(Array.from({ length: between(rng, 2, 3) }, (_, n) => `${n + 1}. ${pick(rng, SENTENCES)}`).join("\n"));
    } else blocks.push(paragraph(rng, 2, 5));
  }
  return blocks.join("\n\n");
}

/**
 * The text of every bench section (identical, so a quote means the same span in each): four
 * paragraphs of plain prose, long enough that students quote different sentences and parts of them.
 * The Hangul is one UTF-16 unit a character, like most of a Korean reading.
 */
export const SECTION_BODY = [
  "The armistice signed at Panmunjom (판문점) on 27 July 1953 did not end the Korean War; it stopped the shooting. No peace treaty followed, and the line where the armies stood became a border that neither side had chosen. For the soldiers who had spent two years trading the same hills, the silence that morning felt less like victory than like exhaustion.",
  "Historians still disagree about why the fighting lasted so long after the front stopped moving. Some point to the prisoners of war, since thousands of captured soldiers refused to go home and the negotiators spent months arguing over whether they could be forced. Others argue that both governments needed the war to continue for reasons that had little to do with Korea itself. The truth is probably less tidy than either account.",
  "What the official histories leave out is the experience of civilians. Millions of families were divided by the new line, and many never learned whether their relatives had survived. Villages near the 38th parallel changed hands four or five times, and each army treated the people who remained as suspected collaborators.",
  "In the United States the war was quickly overshadowed, which is why it is so often called the forgotten war. In Korea it was never forgotten, but it was remembered in two incompatible ways. Each state taught its children a story in which the other side began the war and its own side saved the nation. Reading those stories side by side, one begins to see how much of history is an argument about who gets to speak.",
].join("\n\n");

export const SOURCES = [
  { title: "Armistice Agreement, 27 July 1953", url: "https://example.org/archive/armistice-1953" },
  { title: "Letters home from the Punchbowl, 1952", url: "https://example.org/archive/letters-1952" },
  { title: "Oral history: a family divided at the 38th parallel", url: "https://example.edu/oral-history/divided" },
  { title: "The POW repatriation debate (textbook, ch. 9)", url: "https://example.edu/textbook/ch9" },
  { title: "Newspaper coverage of the stalemate, 1951–53", url: "https://example.org/press/stalemate" },
];
