import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { discussionJson, getDiscussionExport } from "@/lib/exports/discussion";
import { discussionMarkdown } from "@/lib/exports/discussion-markdown";
import { escapeInline, link } from "@/lib/exports/markdown";
import { myPostsInClass } from "@/lib/exports/my-posts";
import { getDashboard } from "@/lib/dashboard/dashboard";
import { createModeratedClass, type ModeratedClass } from "@/tests/factories/moderation";
import { createKindReply, createStanceResponse } from "@/tests/factories/debate";

// The discussion's exports: the teacher's copy has names and every post a moderator sees; a
// student's follows the anonymity mode and shows only what the pages show them.
let world: ModeratedClass;
let published: { id: string; assignmentId: string; sectionId: string };
beforeAll(async () => {
  world = await createModeratedClass({ assignment: { anonymity: "ANONYMOUS" } });
  await db.user.update({ where: { id: world.bob.id }, data: { name: "# Bob [the] *bold*" } });
  published = await createStanceResponse(world, world.alice.id, { stance: "SUPPORTS", body: "Alice's **published** response." });
  await createKindReply(published, world.bob.id, { replyKind: "COUNTER", body: "Bob's reply." });
  await createStanceResponse(world, world.bob.id, { status: "PENDING", body: "Bob's pending response." });
  await createStanceResponse(world, world.carol.id, { status: "HIDDEN", body: "Carol's hidden response." });
  await createStanceResponse(world, world.carol.id, { body: "Carol in section two.", position: 2 });
});

describe("the discussion export", () => {
  it("gives the teacher a copy with names and every post, with its state", async () => {
    const copy = (await getDiscussionExport(world.teacher.id, world.assignment.id))!;
    expect(copy.copy).toBe("teacher");
    const [first, second] = copy.sections;
    expect(first!.threads.map((t) => [t.author.name, t.state])).toEqual([
      [world.alice.name, "published"],
      ["# Bob [the] *bold*", "pending"],
      [world.carol.name, "hidden"],
    ]);
    expect(first!.threads[0]!.replies.map((r) => [r.author.name, r.body])).toEqual([["# Bob [the] *bold*", "Bob's reply."]]);
    expect(second!.threads.map((t) => t.body)).toEqual(["Carol in section two."]);
    const markdown = discussionMarkdown(copy, "UTC");
    expect(markdown).toContain(`### Response by ${escapeInline(world.alice.name)}`);
    // A name cannot open a heading, a link or emphasis.
    expect(markdown).toContain("#### Reply by \\# Bob \\[the\\] \\*bold\\*");
    expect(markdown).toContain("Alice's **published** response.");
    expect(markdown).toContain("awaiting approval");
  });

  it("gives a student the class's copy: anonymous authors, no one else's pending or hidden posts, no ids but post ids", async () => {
    const copy = (await getDiscussionExport(world.alice.id, world.assignment.id))!;
    expect(copy.copy).toBe("class");
    const json = discussionJson(copy);
    const markdown = discussionMarkdown(copy, "UTC");
    for (const text of [json, markdown]) {
      for (const other of [world.bob, world.carol]) {
        expect(text).not.toContain(other.email);
        expect(text).not.toContain(other.id);
      }
      expect(text).not.toContain("Bob [the]");
      expect(text).not.toContain("\\[the\\]");
      expect(text).not.toContain(world.carol.name);
      expect(text).not.toContain("pending response");
      expect(text).not.toContain("hidden response");
    }
    expect(json).not.toContain('"html"');
    const [first] = copy.sections;
    expect(first!.threads.map((t) => [t.author.name, t.author.isViewer])).toEqual([[world.alice.name, true]]);
    expect(first!.threads[0]!.replies.map((r) => r.author.name)).toEqual(["Anonymous student"]);
    // Bob sees his own pending response, as on the section page.
    const bobs = (await getDiscussionExport(world.bob.id, world.assignment.id))!;
    expect(bobs.sections[0]!.threads.map((t) => t.state)).toEqual(["published", "pending"]);
  });

  it("keeps post-first: a student sees only their own posts in a section they have not responded in", async () => {
    await db.assignment.update({ where: { id: world.assignment.id }, data: { postFirst: true } });
    try {
      const copy = (await getDiscussionExport(world.carol.id, world.assignment.id))!;
      expect(copy.sections[0]).toMatchObject({ onlyOwn: true });
      // Her hidden response still lifts nothing: only published or pending ones do. She sees it as its author.
      expect(copy.sections[0]!.threads.map((t) => t.body)).toEqual(["Carol's hidden response."]);
      expect(copy.sections[1]).toMatchObject({ onlyOwn: false });
      expect(copy.sections[1]!.threads.map((t) => t.body)).toEqual(["Carol in section two."]);
      expect(JSON.stringify(copy)).not.toContain("Alice's");
    } finally {
      await db.assignment.update({ where: { id: world.assignment.id }, data: { postFirst: false } });
    }
  });

  it("is not there for outsiders or unknown users", async () => {
    expect(await getDiscussionExport(world.outsider.id, world.assignment.id)).toBeNull();
    expect(await getDiscussionExport(world.unknownUserId, world.assignment.id)).toBeNull();
    expect(await getDiscussionExport(world.teacher.id, "nosuchassignment")).toBeNull();
  });

  it("escapes text and links for Markdown", () => {
    expect(escapeInline("a\n# b")).toBe("a \\# b");
    expect(link("[x](y)", "https://e.org/a b>c")).toBe("[\\[x\\]\\(y\\)](<https://e.org/a%20b%3Ec>)");
  });
});

describe("my posts in a class", () => {
  it("holds only the viewer's own posts in that class", async () => {
    const elsewhere = await createModeratedClass();
    await db.membership.create({ data: { classroomId: elsewhere.classroom.id, userId: world.alice.id, role: "STUDENT" } });
    await createStanceResponse(elsewhere, world.alice.id, { body: "Alice elsewhere." });
    const mine = (await myPostsInClass(world.alice.id, world.classroom.id))!;
    expect(mine.class).toBe(world.classroom.name);
    expect(mine.posts.map((post) => post.body)).toEqual(["Alice's **published** response."]);
    expect(JSON.stringify(mine)).not.toContain("Bob's");
    const bobs = (await myPostsInClass(world.bob.id, world.classroom.id))!;
    expect(bobs.posts.map((post) => [post.type, post.body])).toEqual([
      ["reply", "Bob's reply."],
      ["response", "Bob's pending response."],
    ]);
  });

  it("is not found for a class the viewer is not in", async () => {
    expect(await myPostsInClass(world.outsider.id, world.classroom.id)).toBeNull();
    expect(await myPostsInClass(world.unknownUserId, world.classroom.id)).toBeNull();
  });
});

// Every new read against every kind of caller (as in moderation-authz.test.ts): null is the page's
// "not found" and the route's 404.
describe("authorization matrix: dashboard and export reads", () => {
  type Actor = "signed-out" | "other-class student" | "student" | "TA" | "teacher";
  const ACTORS: Actor[] = ["signed-out", "other-class student", "student", "TA", "teacher"];
  const actorId = (actor: Actor) =>
    ({ "signed-out": world.unknownUserId, "other-class student": world.outsider.id, student: world.bob.id, TA: world.ta.id, teacher: world.teacher.id })[actor];
  const members: Actor[] = ["student", "TA", "teacher"];
  const reads: { name: string; allowed: Actor[]; run: (userId: string) => Promise<unknown> }[] = [
    { name: "dashboard (and its CSV)", allowed: ["TA", "teacher"], run: (userId) => getDashboard(userId, world.assignment.id) },
    { name: "discussion export (page, Markdown, JSON)", allowed: members, run: (userId) => getDiscussionExport(userId, world.assignment.id) },
    { name: "my posts in a class", allowed: members, run: (userId) => myPostsInClass(userId, world.classroom.id) },
  ];
  for (const read of reads) {
    it.each(ACTORS)(`${read.name} × %s`, async (actor) => {
      const result = await read.run(actorId(actor));
      if (read.allowed.includes(actor)) expect(result).not.toBeNull();
      else expect(result).toBeNull();
    });
  }
});
