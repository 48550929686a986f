// Contested claims the demo marks on the essay, with counter-sources from other perspectives.
// Every fact here was checked against the cited source; each phrase must appear in the essay
// exactly as written, or seeding fails loudly.
import type { Prisma } from "../../lib/generated/prisma/client";
import { spanProblem } from "../../lib/discussion/quote-spans";
import { describeClaim } from "../../lib/claims/format";

export type ClaimSeedContext = {
  assignmentId: string;
  teacherId: string;
  sections: { id: string; position: number; body: string }[];
};

type DemoClaim = {
  section: number;
  phrase: string;
  note: string;
  sources: { title: string; url: string; perspective: string }[];
};

const UN = "United Nations";
const SOVIET_ARCHIVES = "Soviet archives (Wilson Center Digital Archive)";

export const DEMO_CLAIMS: readonly DemoClaim[] = [
  {
    section: 4,
    phrase: "the war was a response to years of provocation and repression by the South",
    note:
      "Pyongyang's account is that the South attacked first. On 25 June 1950 the UN Security Council noted with grave concern the armed attack on the Republic of Korea by forces from North Korea and determined it a breach of the peace (Resolution 82). Soviet documents opened in the 1990s show Kim Il Sung sought and won Stalin's approval for the offensive in spring 1950. Clashes along the 38th parallel in 1949 were real, which is why historians still debate the war's origins.",
    sources: [
      { title: "UN Security Council Resolution 82 (25 June 1950)", url: "https://undocs.org/S/RES/82(1950)", perspective: UN },
      {
        title: "Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong (14 May 1950): Stalin agrees to the Koreans' proposal “to move toward reunification”",
        url: "https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-no-8600-vyshinsky-mao-zedong",
        perspective: SOVIET_ARCHIVES,
      },
      { title: "Korean War", url: "https://www.britannica.com/event/Korean-War", perspective: "Encyclopaedia Britannica (Western scholarship)" },
    ],
  },
  {
    section: 6,
    phrase: "UN resolutions authorizing military action against North Korea were viewed as biased and illegitimate",
    note:
      "Resolution 83 (27 June 1950) recommended that UN members help the Republic of Korea repel the attack; Resolution 84 (7 July 1950) put those forces under a unified command led by the United States. Both passed while the Soviet Union was boycotting the Security Council (since January 1950, because China's seat was held by the Republic of China, not the People's Republic). Moscow called them illegal without its vote; the Council treated an absent member as casting no veto.",
    sources: [
      { title: "UN Security Council Resolution 83 (27 June 1950)", url: "https://undocs.org/S/RES/83(1950)", perspective: UN },
      { title: "UN Security Council Resolution 84 (7 July 1950)", url: "https://undocs.org/S/RES/84(1950)", perspective: UN },
    ],
  },
  {
    section: 6,
    phrase: "People's Republic of North Korea",
    note:
      "No state of this name exists. The state proclaimed in the North on 9 September 1948 is the Democratic People's Republic of Korea (DPRK); the South is the Republic of Korea (ROK). Both were admitted to the United Nations on 17 September 1991 under those names. Each name claims the whole peninsula, so the choice of name is itself part of the argument.",
    sources: [
      {
        title: "General Assembly resolution 46/1: admission of the Democratic People's Republic of Korea and the Republic of Korea (17 September 1991)",
        url: "https://undocs.org/A/RES/46/1",
        perspective: UN,
      },
      { title: "North Korea", url: "https://www.britannica.com/place/North-Korea", perspective: "Encyclopaedia Britannica (Western scholarship)" },
    ],
  },
  {
    section: 3,
    phrase: "intervention in the war was not an act of aggression but rather a defensive one to protect borders and maintain regional stability",
    note:
      "The Chinese People's Volunteers crossed the Yalu on 19 October 1950 and first fought UN and South Korean troops on 25 October, the day China marks as the start of the War to Resist US Aggression and Aid Korea. On 1 February 1951 the UN General Assembly found that China had “itself engaged in aggression in Korea” (Resolution 498 (V)). Mao's own telegram of 13 October 1950 gives the security reason: US troops on China's border would be a “constant menace” to the Northeast.",
    sources: [
      {
        title: "UN General Assembly Resolution 498 (V), 1 February 1951 (text in Foreign Relations of the United States)",
        url: "https://history.state.gov/historicaldocuments/frus1951v07p1/d120",
        perspective: "UN General Assembly",
      },
      {
        title: "Ciphered Telegram, Roshchin to Filippov (Stalin), 13 October 1950: Mao explains why China will send troops",
        url: "https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-roshchin-filippov-stalin",
        perspective: "Chinese leadership, in Soviet archives",
      },
      { title: "Korean War", url: "https://www.britannica.com/event/Korean-War", perspective: "Encyclopaedia Britannica (Western scholarship)" },
    ],
  },
  {
    section: 5,
    phrase: "the decision to enter the war was based on China's own security needs and its desire to help a socialist neighbor, not at the behest of the Soviet Union",
    note:
      "Soviet documents show a more entangled decision. In May 1950 Stalin told Mao he agreed with Kim Il Sung's plan, on condition that Beijing agreed too; on 1 October 1950, as UN forces neared the 38th parallel, Stalin asked Mao to send volunteer divisions. Mao's telegrams also show China's leaders debating and deciding for their own security reasons. Historians weigh both.",
    sources: [
      {
        title: "Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong (14 May 1950)",
        url: "https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-no-8600-vyshinsky-mao-zedong",
        perspective: SOVIET_ARCHIVES,
      },
      {
        title: "Ciphered Telegram, Roshchin to Filippov (Stalin), 13 October 1950",
        url: "https://digitalarchive.wilsoncenter.org/document/ciphered-telegram-roshchin-filippov-stalin",
        perspective: "Chinese leadership, in Soviet archives",
      },
    ],
  },
  {
    section: 8,
    phrase: "the talks were a stalling tactic by the United States and South Korea to delay reunification and maintain the status quo",
    note:
      "The armistice was signed at Panmunjom on 27 July 1953 by the UN Command, the Korean People's Army and the Chinese People's Volunteers. South Korea did not sign: President Syngman Rhee opposed any truce that left Korea divided, and in June 1953 freed some 25,000 anti-communist prisoners to block it. From 1952 the main sticking point was whether prisoners of war could refuse to go home. No peace treaty has followed.",
    sources: [
      {
        title: "Armistice Agreement for the Restoration of the South Korean State (1953)",
        url: "https://www.archives.gov/milestone-documents/armistice-agreement-for-the-restoration-of-the-south-korean-state",
        perspective: "US National Archives",
      },
      {
        title: "President Rhee to General Clark on releasing the prisoners (June 1953), in Foreign Relations of the United States",
        url: "https://history.state.gov/historicaldocuments/frus1952-54v15p2/d607",
        perspective: "South Korean government (Syngman Rhee)",
      },
    ],
  },
];

const DAY = 24 * 60 * 60 * 1000;

export async function seedContestedClaims(tx: Prisma.TransactionClient, context: ClaimSeedContext): Promise<void> {
  const { classroomId } = await tx.assignment.findUniqueOrThrow({ where: { id: context.assignmentId }, select: { classroomId: true } });
  // Marked by the teacher five days ago, before the discussion got going.
  const markedAt = new Date(Date.now() - 5 * DAY);
  for (const claim of DEMO_CLAIMS) {
    const section = context.sections.find((candidate) => candidate.position === claim.section);
    if (!section) throw new Error(`Demo claim names a missing section ${claim.section}`);
    const start = section.body.indexOf(claim.phrase);
    if (start < 0) throw new Error(`Demo claim "${claim.phrase}" is not in section ${claim.section}`);
    const end = start + claim.phrase.length;
    const problem = spanProblem(section.body, { start, end, text: claim.phrase });
    if (problem) throw new Error(`Demo claim "${claim.phrase}": ${problem}`);
    await tx.contestedClaim.create({
      data: {
        assignmentId: context.assignmentId,
        sectionId: section.id,
        start,
        end,
        quote: claim.phrase,
        note: claim.note,
        createdById: context.teacherId,
        createdAt: markedAt,
        sources: { create: claim.sources.map((source, position) => ({ ...source, position })) },
      },
    });
    await tx.auditEntry.create({
      data: { classroomId, actorId: context.teacherId, action: "ADD_CLAIM", reason: describeClaim(claim.section, claim.phrase), createdAt: markedAt },
    });
  }
}
