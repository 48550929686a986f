import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_CLASS, DEMO_POSTS, SECTION_QUESTIONS } from "../../prisma/demo/discussion";
import { DEMO_ESSAY_PATH } from "../../prisma/demo/essay";
import { DEMO_LOGINS, parseEssay } from "../../prisma/seed";

const shipped = fs.readFileSync(DEMO_ESSAY_PATH, "utf8");
const original = path.resolve(process.cwd(), "../shared/readings/korean-war-pyongyang-beijing.txt");

describe("demo essay", () => {
  const essay = parseEssay(shipped);

  it("splits into title, subtitle, tagline and ten sections", () => {
    expect(essay.title).toBe("The Korean War");
    expect(essay.subtitle).toBe("Spreading the Revolution");
    expect(essay.tagline).toBe(
      "Through Pyongyang and Beijing’s narrative: A drive to unify Korea under socialism.",
    );
    expect(essay.sections).toHaveLength(10);
    expect(essay.sections[0]).toMatch(/^For North Korea and China, the Korean War/);
    expect(essay.sections[9]).toContain("fueled the w arfrom perceptions");
  });

  it("keeps every paragraph verbatim", () => {
    const rebuilt = [essay.title, essay.subtitle, essay.tagline, ...essay.sections].join("\n\n");
    expect(rebuilt).toBe(shipped);
  });

  it("normalises only line endings", () => {
    expect(parseEssay(shipped.replace(/\n/g, "\r\n"))).toEqual(essay);
  });

  // The shared readings folder exists only in the development workspace, not in a fresh clone (CI),
  // so this one comparison is skipped when the original is absent.
  it.skipIf(!fs.existsSync(original))("ships a byte-identical copy of the class reading", () => {
    expect(fs.readFileSync(DEMO_ESSAY_PATH)).toEqual(fs.readFileSync(original));
  });
});

describe("demo discussion", () => {
  const sectionCount = parseEssay(shipped).sections.length;
  const byKey = new Map(DEMO_POSTS.map((post) => [post.key, post]));

  it("has a question on every section", () => {
    expect(SECTION_QUESTIONS).toHaveLength(sectionCount);
    for (const question of SECTION_QUESTIONS) expect(question.trim()).not.toBe("");
  });

  it("has a readable join code", () => {
    expect(DEMO_CLASS.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });

  it("has demo logins for one teacher and three students", () => {
    expect(DEMO_LOGINS.filter((login) => login.role === "teacher")).toHaveLength(1);
    expect(DEMO_LOGINS.filter((login) => login.role === "student")).toHaveLength(3);
    expect(new Set(DEMO_LOGINS.map((login) => login.email)).size).toBe(DEMO_LOGINS.length);
    for (const login of DEMO_LOGINS) expect(login.password.length).toBeGreaterThanOrEqual(8);
  });

  it("uses unique keys, real sections and demo authors", () => {
    expect(byKey.size).toBe(DEMO_POSTS.length);
    const emails = new Set(DEMO_LOGINS.map((login) => login.email));
    for (const post of DEMO_POSTS) {
      expect(post.section).toBeGreaterThanOrEqual(1);
      expect(post.section).toBeLessThanOrEqual(sectionCount);
      expect(emails.has(post.author)).toBe(true);
      expect(post.body.trim()).not.toBe("");
    }
  });

  it("points every reply at an earlier response in the same section", () => {
    DEMO_POSTS.forEach((post, index) => {
      if (post.replyTo === undefined) return;
      const parent = byKey.get(post.replyTo);
      expect(parent, post.key).toBeDefined();
      expect(parent!.replyTo, `${post.key} replies to a reply`).toBeUndefined();
      expect(parent!.section, post.key).toBe(post.section);
      expect(DEMO_POSTS.indexOf(parent!), `${post.key} is listed before its response`).toBeLessThan(index);
      expect(post.hoursAgo, `${post.key} is older than its response`).toBeLessThan(parent!.hoursAgo);
    });
  });

  it("spreads responses and replies over several sections", () => {
    const sections = new Set(DEMO_POSTS.map((post) => post.section));
    expect(sections.size).toBeGreaterThanOrEqual(4);
    expect(sections.has(3)).toBe(true);
    const replyCounts = new Map<string, number>();
    for (const post of DEMO_POSTS) {
      if (post.replyTo) replyCounts.set(post.replyTo, (replyCounts.get(post.replyTo) ?? 0) + 1);
    }
    expect([...replyCounts.values()].some((count) => count >= 2)).toBe(true);
    expect(new Set(DEMO_POSTS.map((post) => post.author)).size).toBe(DEMO_LOGINS.length);
  });
});
