// Content of the demo class: the teacher's question for each section of the essay and a sample
// discussion. Plain data, so it can be checked by tests without a database.

export const DEMO_CLASS = {
  name: "Korean War: Contested Narratives",
  // Readable code: A-Z without I and O, digits 2-9.
  joinCode: "KWAR7DMN",
} as const;

/** One question per section of the essay, in order (index 0 is section 1). */
export const SECTION_QUESTIONS: readonly string[] = [
  // 1. The war as a front in the global contest between communism and capitalism
  "The essay describes the war, as Pyongyang and Beijing saw it, both as a national project (reunifying Korea) and as a front in a global contest between communism and capitalism. Which framing does the evidence from 1945–1950 support better, and do the two ever pull against each other? As you read on, note where the author reports a perspective and where the author seems to adopt it.",

  // 2. The division as an artificial construct; the invasion of June 25, 1950
  "The line at the 38th parallel really was drawn by outside powers in 1945. Does that make the invasion of June 25, 1950 a “necessary step” toward liberation, as Pyongyang framed it? Weigh the claim against how both Korean states were founded in 1948 and how each of them talked about unifying the peninsula by force.",

  // 3. China's intervention as defensive
  "The essay calls China’s intervention defensive, a response to UN forces advancing toward the Yalu. Test that against the timeline: when did UN forces cross the 38th parallel, what warning did Beijing send and through whom, and when did Chinese troops cross the Yalu? Does a defensive reason for entering the war also explain how far south Chinese forces then pushed?",

  // 4. "A response to years of provocation and repression by the South"
  "Pyongyang said the war answered years of provocation and repression by the South. Which parts of that claim can be documented, and which cannot? Set the record of repression in the South before 1950 next to what the Soviet archives opened in the 1990s show about how the attack was planned and approved. Can a war be both a planned offensive and a response to real grievances?",

  // 5. China's independence from Moscow
  "Beijing rejects the picture of China as Moscow’s accomplice and insists the decision to intervene was its own. What evidence supports that independence, and what complicates it (think about who had to approve Kim Il-sung’s plan in 1950, and what Beijing asked of Moscow before sending troops)? Is “independent ally” versus “Moscow’s instrument” a real either/or?",

  // 6. The legitimacy of the UN's role
  "Pyongyang and Beijing called the UN resolutions illegitimate. The Security Council resolutions of June and July 1950 passed while the Soviet Union was boycotting the Council, and the government in Beijing did not hold China’s seat. Does that undermine the resolutions’ legitimacy? What does legitimacy mean here: correct procedure, fair representation, responding to what actually happened, or something else? Also look closely at the name this paragraph gives the North Korean state.",

  // 7. The bombing campaigns
  "The essay says UN bombing was seen in Pyongyang and Beijing as indiscriminate and was used to support their narrative. What does the evidence on the scale and targets of the air war show? Can a perspective be self-serving and still describe something real? And how should we weigh what this paragraph leaves out about violence against civilians on the other side?",

  // 8. The armistice negotiations
  "From Pyongyang’s side, the armistice talks were an American stalling tactic. The talks lasted two years: what actually kept them going so long, and who gained from the delay? What does it tell us that South Korea, which the essay pairs with the United States, refused to sign the armistice?",

  // 9. Legacy: resilience and sacrifice
  "Both states remember the war as a story of resilience and sacrifice. How do names, holidays, museums and films shape what later generations believe happened? Compare with how the war is remembered in South Korea or in the United States. Is closeness to the evidence the right test for a national memory, and if not, what is?",

  // 10. Conclusion: a struggle for self-determination
  "The conclusion calls the war “a struggle for self-determination and ideological survival.” After reading the whole essay: whose self-determination? Think about Koreans in the South who did not want unification under Pyongyang’s government. Does the last paragraph describe Pyongyang’s and Beijing’s view, or does the author take that view as their own? Point to the words that tell you.",
];

export type DemoAuthorEmail =
  | "teacher@demo.school"
  | "student1@demo.school"
  | "student2@demo.school"
  | "student3@demo.school";

export interface DemoPost {
  /** Local name, so replies can point at their response. */
  key: string;
  /** 1-based number of the section the post belongs to. */
  section: number;
  author: DemoAuthorEmail;
  /** Key of the response this post replies to; absent for a response. */
  replyTo?: string;
  /** How long before seeding the post was written, so the timeline looks lived in. */
  hoursAgo: number;
  /** Markdown. */
  body: string;
  /** Responses: the stance toward the section's account, and what the post offers. */
  stance?: "SUPPORTS" | "CHALLENGES" | "COMPLICATES";
  kind?: "CLAIM" | "EVIDENCE" | "QUESTION";
  sources?: { title: string; url: string }[];
  /** Replies: whether it counters or agrees. */
  replyKind?: "COUNTER" | "AGREE";
  /** Words quoted verbatim from the section; the seed finds their offsets and fails if absent. */
  quote?: string;
}

const TEACHER = "teacher@demo.school";
const JONAH = "student1@demo.school";
const PRIYA = "student2@demo.school";
const SAM = "student3@demo.school";

export const DEMO_POSTS: readonly DemoPost[] = [
  {
    key: "s1-welcome",
    section: 1,
    author: TEACHER,
    hoursAgo: 118.3,
    body: `Welcome to the discussion! This essay deliberately tells the war **from Pyongyang’s and Beijing’s side**, so our job is not to agree or disagree with it wholesale but to test it.

Two habits for this thread:

1. Separate what the essay *reports* (“Pyongyang considered…”) from what it *asserts* in its own voice.
2. When you make a claim, bring evidence: a date, a document, a historian, a number. Say where it comes from.

Disagree with each other as much as you like, kindly.`,
  },

  {
    key: "s2-division",
    stance: "COMPLICATES",
    kind: "CLAIM",
    quote: "the division of Korea was an artificial construct imposed by foreign powers at the end of World War II",
    section: 2,
    author: PRIYA,
    hoursAgo: 101.6,
    body: `The first half of this paragraph is fair. The 38th parallel *was* drawn by outsiders: two American officers, Dean Rusk and Charles Bonesteel, picked it in a hurry in August 1945 so the US and the USSR could split the Japanese surrender.

But “the division was artificial” doesn’t get you to “invading was necessary.” Both states founded in 1948 claimed the whole peninsula (the DPRK’s first constitution even named **Seoul** as its capital), and Syngman Rhee talked about marching north too. A shared grievance doesn’t give one side the right to settle it with a war.`,
  },

  {
    key: "s3-defensive",
    stance: "SUPPORTS",
    kind: "EVIDENCE",
    quote: "For China, intervention in the war was not an act of aggression but rather a defensive one to protect borders and maintain regional stability.",
    sources: [
      { title: "Office of the Historian: The Korean War, 1950–1953", url: "https://history.state.gov/milestones/1945-1952/korean-war-2" },
      { title: "Wilson Center: The Korean War, a bibliography (Chen Jian, CWIHP Working Paper 1)", url: "https://www.wilsoncenter.org/blog-post/korean-war-bibliography-wilson-center-publications" },
    ],
    section: 3,
    author: JONAH,
    hoursAgo: 95.8,
    body: `I think the essay is mostly right that Beijing’s fear was real, and the timeline backs it up:

- **June 27, 1950:** Truman sends the Seventh Fleet into the Taiwan Strait, while the PRC was preparing to invade Taiwan.
- **Early October 1950:** Zhou Enlai tells the Indian ambassador, K. M. Panikkar, that China will intervene if American troops cross the 38th parallel.
- South Korean troops cross on October 1 and US troops a week later anyway.
- **October 19:** Chinese troops start crossing the Yalu.

They warned, were ignored, and then acted. That looks defensive to me.`,
  },
  {
    key: "s3-defensive-r1",
    replyKind: "COUNTER",
    section: 3,
    author: PRIYA,
    replyTo: "s3-defensive",
    hoursAgo: 91.45,
    body: `Good timeline, but it only covers *entering*. By **January 4, 1951** Chinese and North Korean forces had retaken Seoul, far south of the Yalu and past the 38th parallel. A defensive reason to go in doesn’t make everything after that defensive. At what point does “protect the border” turn into “win the war for Kim”?`,
  },
  {
    key: "s3-defensive-r2",
    section: 3,
    author: TEACHER,
    replyTo: "s3-defensive",
    hoursAgo: 87.2,
    body: `You’re both using the timeline well. One historian to add: Chen Jian’s *China’s Road to the Korean War* (1994), written from Chinese sources, argues Mao’s motives went beyond border security. He also saw the war as a way to mobilise the revolution at home and to raise China’s standing abroad.

Historians still disagree about how much weight each motive carries. What kind of evidence would tell a *security* motive apart from a *revolutionary* one?`,
  },

  {
    key: "s4-provocation",
    stance: "CHALLENGES",
    kind: "EVIDENCE",
    quote: "the war was a response to years of provocation and repression by the South",
    sources: [
      { title: "Wilson Center: The Korean War, a bibliography (Weathersby, CWIHP Working Paper 8)", url: "https://www.wilsoncenter.org/blog-post/korean-war-bibliography-wilson-center-publications" },
    ],
    section: 4,
    author: PRIYA,
    hoursAgo: 76.9,
    body: `This is the claim I have the most trouble with. A “response” sounds like a reaction, but the Soviet archives opened in the 1990s (Kathryn Weathersby translated many of the documents for the Cold War International History Project) show months of planning:

- On **January 30, 1950** Stalin cabled Pyongyang that an undertaking this large needed careful preparation, and that he was ready to help Kim Il-sung with it.
- In **April 1950** Kim went to Moscow, and Stalin approved the plan on condition that Mao agreed.
- In **May 1950** Kim went to Beijing and Mao agreed.

Then on **June 25** the North attacked along the whole parallel, with Soviet-built T-34 tanks the South didn’t have. That is a planned offensive, approved in two capitals, not a response to a particular provocation.`,
  },
  {
    key: "s4-provocation-r1",
    replyKind: "COUNTER",
    quote: "purges of suspected communists and violent crackdowns on dissent",
    section: 4,
    author: SAM,
    replyTo: "s4-provocation",
    hoursAgo: 73.35,
    body: `I agree it was planned, but I don’t think “repression by the South” is just propaganda:

- **Jeju, from April 3, 1948:** an uprising and a brutal counterinsurgency. A South Korean government report in 2003 estimated 25,000–30,000 dead, and President Roh Moo-hyun apologised that year.
- **Yeosu–Suncheon, October 1948:** an army regiment rebelled, and the suppression was bloody.
- **December 1948:** the National Security Law, used against anyone suspected of leftism.
- Then the **Bodo League**, where suspected leftists were registered for “re-education”, and many were later executed.

So the essay’s list of “purges of suspected communists and violent crackdowns on dissent” describes real things.`,
  },
  {
    key: "s4-provocation-r2",
    replyKind: "COUNTER",
    section: 4,
    author: JONAH,
    replyTo: "s4-provocation",
    hoursAgo: 69.7,
    body: `Careful with the Bodo League one, Sam: most of those executions happened in the summer of 1950, *after* the invasion, when South Korean police and soldiers killed members as they retreated so they wouldn’t join the North. (South Korea’s Truth and Reconciliation Commission investigated them in the 2000s.) It’s a horrible crime, but it can’t be one of the provocations that *caused* June 25.

Jeju and Yeosu are before the war, though. And Bruce Cumings documents serious fighting along the parallel in 1949, with both sides starting clashes. So “provocation” isn’t invented. It just doesn’t explain the timing or the scale of June 25.`,
  },
  {
    key: "s4-provocation-r3",
    section: 4,
    author: TEACHER,
    replyTo: "s4-provocation",
    hoursAgo: 65.15,
    body: `This is the distinction I hoped we’d reach: evidence of a **grievance** is not the same as evidence of a **cause**. Notice, too, that the essay writes “Kim Il-sung *argued*”: it reports a claim and doesn’t prove it.

Try this: write one sentence about June 25 that a careful historian could sign, one that keeps both Priya’s archives and Sam’s Jeju in it.`,
  },

  {
    key: "s6-boycott",
    stance: "SUPPORTS",
    kind: "QUESTION",
    quote: "UN resolutions authorizing military action against North Korea were viewed as biased and illegitimate",
    section: 6,
    author: SAM,
    hoursAgo: 51.6,
    body: `Playing devil’s advocate for Pyongyang here. The three key Security Council resolutions were:

- **82 (June 25, 1950):** calls on North Korea to stop and withdraw to the 38th parallel.
- **83 (June 27):** recommends that members help South Korea repel the attack.
- **84 (July 7):** puts the forces under a unified command led by the United States, with the UN flag.

All three passed while the Soviet delegate was boycotting the Council (since January 1950, because China’s seat was held by the Nationalist government on Taiwan). The UN Charter (Art. 27) says substantive decisions need the *concurring votes* of the permanent members. Is an empty chair a concurring vote? I don’t think “illegitimate” is crazy.`,
  },
  {
    key: "s6-boycott-r1",
    replyKind: "COUNTER",
    section: 6,
    author: PRIYA,
    replyTo: "s6-boycott",
    hoursAgo: 46.8,
    body: `But the empty chair was Moscow’s own choice. The Council already treated a permanent member’s *abstention* as not blocking a resolution; whether absence counted the same was exactly what the Soviets argued. And when their delegate came back in August 1950, the veto stopped further Council action, which is why the General Assembly passed “Uniting for Peace” that November.

For me legitimacy is also about substance: Resolution 82 responded to an actual armed attack across the line, and we now know from the archives that it was one.`,
  },
  {
    key: "s6-name",
    kind: "QUESTION",
    quote: "People's Republic of North Korea",
    section: 6,
    author: TEACHER,
    hoursAgo: 43.25,
    body: `A small detail in this paragraph: the essay says “People’s Republic of North Korea”. The state proclaimed on September 9, 1948 is the **Democratic People’s Republic of Korea**, and there is no “North” in its name: the name claims the whole peninsula, which is the point of the narrative we’re reading.

Two questions: what does a slip like this tell you about how carefully to read the rest of the source? And Sam’s point about China’s seat cuts in Beijing’s favour: the PRC only took China’s UN seat in 1971. How does that change the “double standards” complaint?`,
  },

  {
    key: "s7-bombing",
    stance: "COMPLICATES",
    kind: "EVIDENCE",
    quote: "The heavy bombing campaigns carried out by UN forces were seen as indiscriminate attacks on civilians and infrastructure",
    sources: [{ title: "Bruce Cumings, The Korean War: A History (Modern Library, 2010)", url: "https://search.worldcat.org/search?q=Cumings+The+Korean+War+A+History" }],
    section: 7,
    author: JONAH,
    hoursAgo: 29.7,
    body: `This is the paragraph where I think the Pyongyang view is closest to the evidence. Bruce Cumings (*The Korean War: A History*, 2010) cites US Air Force figures: about **635,000 tons of bombs** dropped in Korea, not counting 32,557 tons of napalm, compared with 503,000 tons in the whole Pacific theatre of the Second World War. In May 1953 US planes even bombed irrigation dams and flooded farmland.

You don’t have to accept Pyongyang’s conclusion (“willing to destroy Korea rather than allow it to reunify”) to see why the bombing became central to how North Koreans remember the war.`,
  },
  {
    key: "s7-bombing-r1",
    replyKind: "AGREE",
    section: 7,
    author: PRIYA,
    replyTo: "s7-bombing",
    hoursAgo: 25.9,
    body: `Agreed on the scale, and it wasn’t only from the air: at No Gun Ri in July 1950 US soldiers killed South Korean refugees, something the AP exposed in 1999.

What bothers me is the silence on the other side. Civilians and prisoners were killed by North Korean forces too, and South Korea’s Truth and Reconciliation Commission investigated killings by both sides. An essay that only counts one side’s dead is telling us about its perspective, not about the war.`,
  },

  {
    key: "s8-armistice",
    stance: "CHALLENGES",
    kind: "CLAIM",
    quote: "the talks were a stalling tactic by the United States and South Korea",
    section: 8,
    author: SAM,
    hoursAgo: 13.55,
    body: `“Stalling tactic” is half true, but both sides stalled. Talks began in **July 1951** (at Kaesong, then at Panmunjom from October) and the armistice was only signed on **July 27, 1953**. The biggest sticking point for more than a year was prisoners of war: the UN side refused to send prisoners home against their will, and many Chinese and North Korean prisoners didn’t want to go back. Things moved after Stalin died in March 1953.

The fighting went on the whole time, so every month of deadlock cost lives on both sides.`,
  },
  {
    key: "s8-armistice-r1",
    section: 8,
    author: TEACHER,
    replyTo: "s8-armistice",
    hoursAgo: 8.2,
    body: `Good. Now look at the essay’s phrase “the United States and South Korea”. Syngman Rhee opposed the armistice Washington wanted: in June 1953 he let more than 25,000 anti-communist North Korean prisoners walk out of the camps to try to wreck the deal, and South Korea never signed. The armistice was signed by the UN Command, the Korean People’s Army and the Chinese People’s Volunteers, and no peace treaty has followed.

Does lumping Washington and Seoul together help or hurt the essay’s argument?`,
  },
];
