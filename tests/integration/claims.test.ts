import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { markClaim } from "@/lib/claims/mark-claim";
import { removeClaim } from "@/lib/claims/remove-claim";
import { listClaims } from "@/lib/claims/queries";
import { getSectionView } from "@/lib/sections/section-view";
import { seedDemo } from "@/prisma/seed";
import { DEMO_CLASS } from "@/prisma/demo/discussion";
import { spanProblem } from "@/lib/discussion/quote-spans";
import { createReading, createAssignment } from "@/tests/factories/readings";
import { CLAIM_SECTION_BODY, UN_SOURCE, claimInput, createClaimClass, spanOf, type ClaimClass } from "@/tests/factories/claims";

const claimsIn = (world: ClaimClass) => db.contestedClaim.findMany({ where: { assignmentId: world.assignment.id }, include: { sources: true } });
const claimAudit = (world: ClaimClass) =>
  db.auditEntry.findMany({ where: { classroomId: world.classroom.id, action: { in: ["ADD_CLAIM", "REMOVE_CLAIM"] } }, orderBy: { createdAt: "asc" } });
const sectionId = (world: ClaimClass) => world.reading.sections[0]!.id;

describe("marking a contested claim", () => {
  it("lets the teacher and a TA mark a span, with its sources in order, and audits each", async () => {
    const world = await createClaimClass();
    const { id } = await markClaim(world.teacher.id, claimInput(world, "when the North attacked", {
      sources: [UN_SOURCE, { title: "  Resolution 83 ", url: "https://undocs.org/S/RES/83(1950)", perspective: " United Nations " }],
    }));
    await markClaim(world.ta.id, claimInput(world, "The war began on June 25, 1950"));

    const claim = await db.contestedClaim.findUniqueOrThrow({ where: { id }, include: { sources: { orderBy: { position: "asc" } } } });
    expect(claim).toMatchObject({ quote: "when the North attacked", createdById: world.teacher.id, start: CLAIM_SECTION_BODY.indexOf("when the North attacked") });
    expect(claim.sources.map(({ title, url, perspective, position }) => ({ title, url, perspective, position }))).toEqual([
      { ...UN_SOURCE, position: 0 },
      { title: "Resolution 83", url: "https://undocs.org/S/RES/83(1950)", perspective: "United Nations", position: 1 },
    ]);
    expect(await claimAudit(world)).toMatchObject([
      { action: "ADD_CLAIM", actorId: world.teacher.id, classroomId: world.classroom.id, reason: "Section 1: “when the North attacked”" },
      { action: "ADD_CLAIM", actorId: world.ta.id, classroomId: world.classroom.id },
    ]);
  });

  it("refuses students (FORBIDDEN) and outsiders (NOT_FOUND), writing nothing", async () => {
    const world = await createClaimClass();
    await expect(markClaim(world.alice.id, claimInput(world, "when the North attacked"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markClaim(world.outsider.id, claimInput(world, "when the North attacked"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markClaim(world.unknownUserId, claimInput(world, "when the North attacked"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A teacher of another class is an outsider here too.
    const other = await createClaimClass();
    await expect(markClaim(other.teacher.id, claimInput(world, "when the North attacked"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await claimsIn(world)).toEqual([]);
    expect(await claimAudit(world)).toEqual([]);
  });

  it("refuses a section of the reading that the assignment leaves out, and unknown sections", async () => {
    const world = await createClaimClass();
    const reading = await createReading({ sectionCount: 2 });
    const partial = await createAssignment(world.classroom, reading, { sections: [reading.sections[0]!] });
    const text = reading.sections[1]!.body;
    const input = { assignmentId: partial.id, position: 2, start: 0, end: text.length, quote: text, note: "n", sources: [UN_SOURCE] };
    await expect(markClaim(world.teacher.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markClaim(world.teacher.id, { ...claimInput(world, "when the North attacked"), position: 9 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.contestedClaim.count({ where: { placement: { assignment: { classroomId: world.classroom.id } } } })).toBe(0);
  });

  it("rejects a span that does not match the section text, with a message, writing nothing", async () => {
    const world = await createClaimClass();
    const good = claimInput(world, "when the North attacked");
    const bad = [
      { ...good, quote: "when the South attacked" },
      { ...good, start: good.start + 1 },
      { ...good, end: CLAIM_SECTION_BODY.length + 5 },
      { ...good, start: 10, end: 5 },
      { ...good, start: -1 },
    ];
    for (const input of bad) {
      await expect(markClaim(world.teacher.id, input)).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/passage/) });
    }
    await expect(markClaim(world.teacher.id, { ...good, start: "", end: "", quote: "" })).rejects.toMatchObject({
      code: "INVALID",
      message: "Select a passage in the text first.",
    });
    // The text of section 2, offered as section 1's: offsets are checked against the right section.
    const other = world.reading.sections[1]!.body;
    await expect(markClaim(world.teacher.id, { ...good, start: 0, end: other.length, quote: other })).rejects.toMatchObject({ code: "INVALID" });
    expect(await claimsIn(world)).toEqual([]);
    expect(await claimAudit(world)).toEqual([]);
  });

  it("counts offsets in UTF-16 units: Korean, Chinese, an emoji flag and a rare ideograph", async () => {
    const world = await createClaimClass();
    for (const phrase of ["조국해방전쟁이라", "抗美援朝战争", "🇰🇷 and 𠀋"]) {
      const { id } = await markClaim(world.teacher.id, claimInput(world, phrase));
      const claim = await db.contestedClaim.findUniqueOrThrow({ where: { id } });
      expect(CLAIM_SECTION_BODY.slice(claim.start, claim.end)).toBe(phrase);
    }
    // Counting code points instead of UTF-16 units would land two units early after the emoji.
    const rare = spanOf(CLAIM_SECTION_BODY, "stand for");
    const codePointStart = [...CLAIM_SECTION_BODY.slice(0, rare.start)].length;
    await expect(
      markClaim(world.teacher.id, { ...claimInput(world, "stand for"), start: codePointStart, end: codePointStart + "stand for".length }),
    ).rejects.toMatchObject({ code: "INVALID" });
    // Half of a surrogate pair is never a span.
    const ideograph = CLAIM_SECTION_BODY.indexOf("𠀋");
    await expect(
      markClaim(world.teacher.id, { ...claimInput(world, "stand for"), start: ideograph, end: ideograph + 1, quote: CLAIM_SECTION_BODY.slice(ideograph, ideograph + 1) }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("validates the note and the sources: at least one, a title, http(s) only, a perspective, at most five", async () => {
    const world = await createClaimClass();
    const phrase = "when the North attacked";
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ sources: [] }, /at least one counter-source/],
      [{ sources: undefined }, /at least one counter-source/],
      [{ sources: [{ ...UN_SOURCE, title: "  " }] }, /title/],
      [{ sources: [{ ...UN_SOURCE, url: "javascript:alert(1)" }] }, /http:\/\/ or https:\/\//],
      [{ sources: [{ ...UN_SOURCE, url: "ftp://example.org/file" }] }, /http:\/\/ or https:\/\//],
      [{ sources: [{ ...UN_SOURCE, url: "not a url" }] }, /http:\/\/ or https:\/\//],
      [{ sources: [{ ...UN_SOURCE, perspective: "" }] }, /perspective/],
      [{ sources: Array.from({ length: 6 }, () => UN_SOURCE) }, /at most 5/],
      [{ note: "   " }, /short note/],
      [{ note: "x".repeat(601) }, /under 600/],
    ];
    for (const [overrides, message] of cases) {
      await expect(markClaim(world.teacher.id, claimInput(world, phrase, overrides))).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(message) });
    }
    expect(await claimsIn(world)).toEqual([]);
  });

  it("reads sources from form fields (sources.N.title ...), dropping blank rows", async () => {
    const world = await createClaimClass();
    const { sources: _sources, ...rest } = claimInput(world, "when the North attacked");
    void _sources;
    const form = {
      ...rest,
      start: String(rest.start),
      end: String(rest.end),
      position: "1",
      "sources.0.title": "Resolution 82",
      "sources.0.url": "https://undocs.org/S/RES/82(1950)",
      "sources.0.perspective": "United Nations",
      "sources.1.title": "",
      "sources.1.url": "",
      "sources.1.perspective": "",
      "sources.2.title": "Korean War",
      "sources.2.url": "https://www.britannica.com/event/Korean-War",
      "sources.2.perspective": "Encyclopaedia Britannica",
    };
    const { id } = await markClaim(world.teacher.id, form);
    const sources = await db.claimSource.findMany({ where: { claimId: id }, orderBy: { position: "asc" } });
    expect(sources.map((source) => source.title)).toEqual(["Resolution 82", "Korean War"]);
    // A half-filled row is an error, not silently dropped.
    await expect(markClaim(world.teacher.id, { ...form, start: "0", end: "7", quote: "The war", "sources.1.title": "Half a row" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses to mark or remove a claim in an archived class, which is read-only", async () => {
    const world = await createClaimClass();
    const { id } = await markClaim(world.teacher.id, claimInput(world, "when the North attacked"));
    await db.classroom.update({ where: { id: world.classroom.id }, data: { archivedAt: new Date() } });
    await expect(markClaim(world.teacher.id, claimInput(world, "The war began on June 25, 1950"))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/archived/),
    });
    await expect(removeClaim(world.teacher.id, { assignmentId: world.assignment.id, claimId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await claimsIn(world)).map((claim) => claim.id)).toEqual([id]);
  });

  it("refuses to mark the same span twice", async () => {
    const world = await createClaimClass();
    await markClaim(world.teacher.id, claimInput(world, "when the North attacked"));
    await expect(markClaim(world.ta.id, claimInput(world, "when the North attacked"))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await claimsIn(world)).toHaveLength(1);
  });

  it("writes the claim and its audit entry in one transaction", async () => {
    const world = await createClaimClass();
    // Make the audit insert fail for this class only: the claim must not be left behind.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_claim_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW."classroomId" = '${world.classroom.id}' THEN RAISE EXCEPTION 'audit refused'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_claim_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION fail_claim_audit()`);
    try {
      await expect(markClaim(world.teacher.id, claimInput(world, "when the North attacked"))).rejects.toThrow();
      expect(await claimsIn(world)).toEqual([]);
      expect(await db.claimSource.count({ where: { claim: { assignmentId: world.assignment.id } } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_claim_audit ON "AuditEntry"`);
    }
    // And removal: a claim whose removal cannot be audited stays.
    const { id } = await markClaim(world.teacher.id, claimInput(world, "when the North attacked"));
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_claim_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION fail_claim_audit()`);
    try {
      await expect(removeClaim(world.teacher.id, { assignmentId: world.assignment.id, claimId: id })).rejects.toThrow();
      expect(await claimsIn(world)).toHaveLength(1);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_claim_audit ON "AuditEntry"`);
    }
  });
});

describe("removing a contested claim", () => {
  it("lets a TA or teacher remove it (sources go with it), audited; students and outsiders cannot", async () => {
    const world = await createClaimClass();
    const { id } = await markClaim(world.teacher.id, claimInput(world, "when the North attacked"));
    const target = { assignmentId: world.assignment.id, claimId: id };
    await expect(removeClaim(world.alice.id, target)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeClaim(world.outsider.id, target)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await createClaimClass();
    await expect(removeClaim(other.teacher.id, target)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The id with another assignment of the same class is not that claim.
    await expect(removeClaim(world.teacher.id, { assignmentId: other.assignment.id, claimId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await claimsIn(world)).toHaveLength(1);

    await removeClaim(world.ta.id, target);
    expect(await claimsIn(world)).toEqual([]);
    expect(await db.claimSource.count({ where: { claimId: id } })).toBe(0);
    expect((await claimAudit(world)).map(({ action, actorId, reason }) => ({ action, actorId, reason }))).toEqual([
      { action: "ADD_CLAIM", actorId: world.teacher.id, reason: "Section 1: “when the North attacked”" },
      { action: "REMOVE_CLAIM", actorId: world.ta.id, reason: "Section 1: “when the North attacked”" },
    ]);
    await expect(removeClaim(world.teacher.id, target)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listing contested claims", () => {
  it("returns the section's claims in text order with their sources, and nothing identifying who marked them", async () => {
    const world = await createClaimClass();
    await markClaim(world.teacher.id, claimInput(world, "抗美援朝战争"));
    await markClaim(world.teacher.id, claimInput(world, "The war began", { sources: [UN_SOURCE, { title: "B", url: "http://example.org/b", perspective: "P" }] }));
    await markClaim(world.ta.id, claimInput(world, "조국해방전쟁이라"));
    const claims = await listClaims(world.assignment.id, sectionId(world));
    expect(claims.map((claim) => claim.quote)).toEqual(["The war began", "조국해방전쟁이라", "抗美援朝战争"]);
    expect(claims[0]!.sources).toEqual([UN_SOURCE, { title: "B", url: "http://example.org/b", perspective: "P" }]);
    expect(Object.keys(claims[0]!).sort()).toEqual(["end", "id", "note", "quote", "sources", "start"]);
    // Students see them on the section page; another assignment of the same reading has none.
    expect((await getSectionView(world.alice.id, world.assignment.id, 1))?.claims.map((claim) => claim.quote)).toEqual(claims.map((claim) => claim.quote));
    expect((await getSectionView(world.alice.id, world.assignment.id, 1))?.canMarkClaims).toBe(false);
    expect((await getSectionView(world.ta.id, world.assignment.id, 1))?.canMarkClaims).toBe(true);
    const second = await createAssignment(world.classroom, world.reading);
    expect(await listClaims(second.id, sectionId(world))).toEqual([]);
  });
});

describe("the demo's contested claims", () => {
  it("seeds at least four claims that match the essay, each with https sources and a perspective", async () => {
    await seedDemo(db);
    const demo = await db.classroom.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode }, select: { id: true } });
    const claims = await db.contestedClaim.findMany({
      where: { placement: { assignment: { classroomId: demo.id } } },
      include: { sources: true, placement: { select: { section: { select: { body: true } } } } },
    });
    expect(claims.length).toBeGreaterThanOrEqual(4);
    for (const claim of claims) {
      const body = claim.placement.section.body;
      expect(spanProblem(body, { start: claim.start, end: claim.end, text: claim.quote }), claim.quote).toBeNull();
      expect(claim.note.length).toBeLessThanOrEqual(600);
      expect(claim.sources.length).toBeGreaterThanOrEqual(1);
      for (const source of claim.sources) {
        expect(source.url).toMatch(/^https:\/\/[a-z0-9.-]+\//i);
        expect(source.title.trim()).not.toBe("");
        expect(source.perspective.trim()).not.toBe("");
      }
    }
    // The audit log shows the teacher marking each one.
    expect(await db.auditEntry.count({ where: { classroomId: demo.id, action: "ADD_CLAIM" } })).toBe(claims.length);
    // The four facts the issue asks for are among them.
    const notes = claims.map((claim) => claim.note).join("\n");
    for (const fact of ["Resolution 82", "boycotting", "19 October 1950", "27 July 1953", "Democratic People's Republic of Korea"]) expect(notes).toContain(fact);
  });
});
