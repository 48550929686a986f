import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingProxy, type StatementCounter } from "@/bench/queries";

// The issue-10 query budget: the section page's reads cost a fixed number of SQL statements,
// whatever the section holds, and posting costs few. Every statement goes through the bench's
// counting proxy: lib/db is imported only after DATABASE_URL points at it.
const SECTION_PAGE_BUDGET = 8;
const POSTING_BUDGET = 6;

let counter: StatementCounter;
let lib: {
  db: typeof import("@/lib/db").db;
  getSectionView: typeof import("@/lib/sections/section-view").getSectionView;
  getDebateView: typeof import("@/lib/debate/debate-view").getDebateView;
  createResponse: typeof import("@/lib/discussion/create-post").createResponse;
  factories: typeof import("@/tests/setup/factories");
  readings: typeof import("@/tests/factories/readings");
};

beforeAll(async () => {
  counter = await countingProxy(process.env.DATABASE_URL!);
  process.env.DATABASE_URL = counter.url;
  lib = {
    db: (await import("@/lib/db")).db,
    getSectionView: (await import("@/lib/sections/section-view")).getSectionView,
    getDebateView: (await import("@/lib/debate/debate-view")).getDebateView,
    createResponse: (await import("@/lib/discussion/create-post")).createResponse,
    factories: await import("@/tests/setup/factories"),
    readings: await import("@/tests/factories/readings"),
  };
});
afterAll(async () => {
  await lib.db.$disconnect();
  await counter.close();
});

async function counted(work: () => Promise<unknown>): Promise<string[]> {
  const before = counter.statements().length;
  await work();
  // The proxy may still be relaying the last message; let its handlers run.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return counter.statements().slice(before);
}

async function sectionWith(posts: number) {
  const { createClassroom, createMember } = lib.factories;
  const classroom = await createClassroom();
  const reading = await lib.readings.createReading({ sectionCount: 2 });
  const assignment = await lib.readings.createAssignment(classroom, reading);
  const { user: teacher } = await createMember(classroom, "TEACHER");
  const { user: student } = await createMember(classroom, "STUDENT");
  const section = reading.sections[0]!;
  const start = Date.now() - posts * 1000;
  await lib.db.post.createMany({
    data: Array.from({ length: posts }, (_, i) => ({
      assignmentId: assignment.id,
      sectionId: section.id,
      authorId: i % 2 ? teacher.id : student.id,
      body: `Post ${i}`,
      quoteStart: i % 3 === 0 ? 0 : null,
      quoteEnd: i % 3 === 0 ? 7 : null,
      quoteText: i % 3 === 0 ? "Section" : null,
      createdAt: new Date(start + i * 1000),
    })),
  });
  return { assignment, student };
}

// The first read of a section (its shared data not cached yet: ADR 0018), then a second one.
async function sectionPageStatements(posts: number): Promise<{ cold: string[]; warm: string[] }> {
  const { assignment, student } = await sectionWith(posts);
  const read = async () => {
    const view = await lib.getSectionView(student.id, assignment.id, 1);
    await view!.page;
  };
  return { cold: await counted(read), warm: await counted(read) };
}

describe("the SQL statement budget", () => {
  it("reads the section page in a fixed number of statements, with 5 posts as with 500", async () => {
    const small = await sectionPageStatements(5);
    const large = await sectionPageStatements(500);
    if (process.env.LOG_STATEMENTS) console.log(small.warm.join("\n---\n"));
    expect(large.cold.length).toBe(small.cold.length);
    expect(large.warm.length).toBe(small.warm.length);
    expect(small.cold.length).toBeLessThanOrEqual(SECTION_PAGE_BUDGET);
    // Heat, claims and the response count come from the cache: three statements fewer.
    expect(small.warm.length).toBe(small.cold.length - 3);
  });

  it("reads the debate view in a fixed number of statements, its counts from the cache once read", async () => {
    const counts = [];
    for (const posts of [5, 500]) {
      const { assignment, student } = await sectionWith(posts);
      const read = () => lib.getDebateView(student.id, assignment.id, 1);
      counts.push({ cold: (await counted(read)).length, warm: (await counted(read)).length });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.warm).toBe(counts[0]!.cold - 3);
    expect(counts[0]!.warm).toBeLessThanOrEqual(SECTION_PAGE_BUDGET);
  });

  it("posts a response within the budget", async () => {
    const { assignment, student } = await sectionWith(5);
    await lib.createResponse(student.id, { assignmentId: assignment.id, position: 1, body: "Warm-up post" });
    const statements = await counted(() => lib.createResponse(student.id, { assignmentId: assignment.id, position: 1, body: "Counted post" }));
    if (process.env.LOG_STATEMENTS) console.log(statements.join("\n---\n"));
    expect(statements.length).toBeLessThanOrEqual(POSTING_BUDGET);
  });
});
