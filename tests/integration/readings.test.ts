import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignReading, listAssignableReadings } from "@/lib/readings/assign-reading";
import { getReadingOverview } from "@/lib/readings/queries";
import { createReading as saveNewReading, isReadingFrozen, updateReading } from "@/lib/readings/save-reading";
import { listLibrary } from "@/lib/readings/library";
import { extractReadingText } from "@/lib/readings/import-file";
import { createClassroom, createMember, createMembership, createUser } from "@/tests/setup/factories";
import { createAssignment, createPost, createReading } from "@/tests/factories/readings";

describe("assigning a reading", () => {
  it("lets a teacher assign a sample reading or their own, and lists both", async () => {
    const classroom = await createClassroom();
    const { user: teacher } = await createMember(classroom, "TEACHER");
    const sample = await createReading();
    const own = await createReading({ owner: teacher });
    const foreign = await createReading({ owner: await createUser() });
    const ids = (await listAssignableReadings(teacher.id)).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([sample.id, own.id]));
    expect(ids).not.toContain(foreign.id);
    const assignment = await assignReading(teacher.id, { classroomId: classroom.id, readingId: sample.id });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({
      classroomId: classroom.id,
      readingId: sample.id,
    });
    expect(await db.assignmentSection.count({ where: { assignmentId: assignment.id } })).toBe(sample.sections.length);
  });

  it("refuses students, non-members and other teachers' private readings", async () => {
    const classroom = await createClassroom();
    const { user: teacher } = await createMember(classroom, "TEACHER");
    const { user: student } = await createMember(classroom, "STUDENT");
    const outsider = await createUser();
    const sample = await createReading();
    const foreign = await createReading({ owner: await createUser() });
    await expect(assignReading(student.id, { classroomId: classroom.id, readingId: sample.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(assignReading(outsider.id, { classroomId: classroom.id, readingId: sample.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(assignReading(teacher.id, { classroomId: classroom.id, readingId: foreign.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(assignReading(teacher.id, { classroomId: classroom.id, readingId: "" })).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await db.assignment.count({ where: { classroomId: classroom.id } })).toBe(0);
  });
});

describe("the reading overview", () => {
  it("counts each section's published responses for this class only", async () => {
    const reading = await createReading({ sectionCount: 3 });
    const [first, second] = reading.sections;
    const classA = await createClassroom();
    const classB = await createClassroom();
    const { user: studentA } = await createMember(classA);
    const { user: studentB } = await createMember(classB);
    const assignmentA = await createAssignment(classA, reading);
    const assignmentB = await createAssignment(classB, reading);
    const response = await createPost({ assignmentId: assignmentA.id, sectionId: first!.id, authorId: studentA.id });
    await createPost({ assignmentId: assignmentA.id, sectionId: first!.id, authorId: studentA.id, parentId: response.id });
    await createPost({ assignmentId: assignmentA.id, sectionId: second!.id, authorId: studentA.id });
    await db.post.create({
      data: { assignmentId: assignmentA.id, sectionId: second!.id, authorId: studentA.id, body: "gone", status: "DELETED" },
    });
    await createPost({ assignmentId: assignmentB.id, sectionId: first!.id, authorId: studentB.id });

    const overview = await getReadingOverview(studentA.id, assignmentA.id);
    expect(overview?.sections.map((s) => [s.position, s.responseCount])).toEqual([
      [1, 1],
      [2, 1],
      [3, 0],
    ]);
    expect(overview?.sections[0]?.question).toBe("Question 1?");
  });

  it("is not found for a student of another class", async () => {
    const reading = await createReading();
    const classA = await createClassroom();
    const classB = await createClassroom();
    const { user: studentB } = await createMember(classB);
    const assignmentA = await createAssignment(classA, reading);
    expect(await getReadingOverview(studentB.id, assignmentA.id)).toBeNull();
  });
});

describe("importing a reading", () => {
  const details = { title: "The armistice", author: "A. Historian", source: "https://example.org/armistice", perspective: "US narrative" };
  const text = "# Talks\n\nThe talks began in 1951.\n\n# Signing\r\n\r\nThe armistice was signed in 1953.\n";

  it("saves the sections so that they concatenate to the text, with the teacher's titles and questions", async () => {
    const teacher = await createUser();
    const sections = [
      { start: 0, heading: "The talks", question: "  Who wanted the talks?  " },
      { start: text.indexOf("# Signing"), heading: null, question: "" },
    ];
    const { id } = await saveNewReading(teacher.id, { ...details, text, sections });
    const reading = await db.reading.findUniqueOrThrow({ where: { id }, include: { sections: { orderBy: { position: "asc" } } } });
    expect(reading).toMatchObject({ ...details, ownerId: teacher.id, version: 1 });
    expect(reading.sections.map((s) => s.body).join("")).toBe(text);
    expect(reading.sections.map((s) => [s.position, s.heading, s.question])).toEqual([
      [1, "The talks", "Who wanted the talks?"],
      [2, null, null],
    ]);
    expect((await listLibrary(teacher.id)).find((r) => r.id === id)).toMatchObject({ sectionCount: 2, isSample: false });
  });

  it("refuses empty or binary text, cuts inside a paragraph and unsafe links, and writes nothing", async () => {
    const teacher = await createUser();
    const one = [{ start: 0, heading: null, question: null }];
    const cases = [
      { ...details, text: "  \n\n ", sections: one },
      { ...details, text: "abc\u0000def", sections: one },
      { ...details, text: "x".repeat(2 * 1024 * 1024 + 1), sections: one },
      { ...details, text, sections: [...one, { start: 5, heading: null, question: null }] },
      { ...details, text, sections: [{ start: 3, heading: null, question: null }] },
      { ...details, text, sections: [] },
      // An empty title is taken from the text (issue 13); an overlong one is refused.
      { ...details, title: "x".repeat(201), text, sections: one },
      { ...details, source: "javascript:alert(1)", text, sections: one },
    ];
    for (const input of cases) {
      await expect(saveNewReading(teacher.id, input)).rejects.toMatchObject({ code: "INVALID" });
    }
    expect(await db.reading.count({ where: { ownerId: teacher.id } })).toBe(0);
  });
});

describe("uploaded files", () => {
  const file = (name: string, content: string | Uint8Array) => ({
    name,
    bytes: typeof content === "string" ? new TextEncoder().encode(content) : content,
  });

  it("reads .txt and .md as UTF-8 and names the reading after the file", async () => {
    expect(await extractReadingText(file("korean_war-notes.md", "# 전쟁\n\nText."))).toEqual({ text: "# 전쟁\n\nText.", title: "korean war notes" });
    expect((await extractReadingText(file("a.TXT", "\uFEFFplain"))).text).toBe("plain");
  });

  it("reads a .docx, keeping its headings as Markdown headings", async () => {
    const { text } = await extractReadingText(file("essay.docx", await docx(["Heading1:The talks", "They began in 1951 & dragged on.", "Heading1:Signing", "Signed <1953>."])));
    expect(text).toBe("# The talks\n\nThey began in 1951 & dragged on.\n\n# Signing\n\nSigned <1953>.\n");
  });

  it.each([
    ["empty.txt", new Uint8Array(0), "The file is empty."],
    ["blank.md", "  \n\n", "The file has no text."],
    ["big.txt", new Uint8Array(2 * 1024 * 1024 + 1).fill(65), "The file is larger than 2 MB."],
    ["binary.txt", new Uint8Array([72, 105, 0, 1, 2, 3]), "This looks like a binary file, not text. Upload a .txt, .md or .docx file."],
    ["latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]), /not UTF-8 text/],
    ["fake.docx", "this is not a zip", /could not be read. Is it a Word document/],
    ["zip.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /could not be read/],
    ["image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "Upload a .txt, .md or .docx file."],
  ])("refuses %s with a clear message", async (name, content, message) => {
    const attempt = extractReadingText(file(name, content));
    await expect(attempt).rejects.toMatchObject({ code: "INVALID" });
    await expect(attempt).rejects.toThrow(message);
  });
});

describe("freezing and versions", () => {
  const text = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n";
  const plan = (starts: number[]) => starts.map((start) => ({ start, heading: null, question: "Why?" }));
  const secondStart = text.indexOf("Second");
  const thirdStart = text.indexOf("Third");

  async function ownReadingAssigned() {
    const classroom = await createClassroom();
    const { user: teacher } = await createMember(classroom, "TEACHER");
    const { user: student } = await createMember(classroom);
    const { id } = await saveNewReading(teacher.id, { title: "Draft", text, sections: plan([0, secondStart]) });
    const assignment = await assignReading(teacher.id, { classroomId: classroom.id, readingId: id });
    return { teacher, student, readingId: id, assignment };
  }

  it("edits a reading in place while no class has posted, keeping its assignments' sections", async () => {
    const { teacher, student, readingId, assignment } = await ownReadingAssigned();
    const saved = await updateReading(teacher.id, readingId, { title: "Edited", text, sections: plan([0, secondStart, thirdStart]) });
    expect(saved).toEqual({ id: readingId, version: 1, newVersion: false });
    const overview = await getReadingOverview(student.id, assignment.id);
    expect(overview?.reading.title).toBe("Edited");
    expect(overview?.sections.map((s) => s.position)).toEqual([1, 2, 3]);
  });

  it("freezes a reading once a class posts on it: editing saves a new version and leaves the old intact", async () => {
    const { teacher, student, readingId, assignment } = await ownReadingAssigned();
    const before = await db.section.findMany({ where: { readingId }, orderBy: { position: "asc" } });
    await createPost({ assignmentId: assignment.id, sectionId: before[0]!.id, authorId: student.id });
    expect(await isReadingFrozen(readingId)).toBe(true);

    const changed = "First paragraph, revised.\n\nSecond paragraph.\n";
    const saved = await updateReading(teacher.id, readingId, { title: "Revised", text: changed, sections: plan([0]) });
    expect(saved).toMatchObject({ version: 2, newVersion: true });
    expect(saved.id).not.toBe(readingId);

    const old = await db.reading.findUniqueOrThrow({ where: { id: readingId }, include: { sections: { orderBy: { position: "asc" } } } });
    expect(old).toMatchObject({ title: "Draft", version: 1 });
    expect(old.sections).toEqual(before);
    const next = await db.reading.findUniqueOrThrow({ where: { id: saved.id }, include: { sections: true } });
    expect(next).toMatchObject({ title: "Revised", version: 2, previousVersionId: readingId, ownerId: teacher.id });
    expect(next.sections.map((s) => s.body).join("")).toBe(changed);
    // The class keeps the version it discussed; the library offers the new one.
    expect((await getReadingOverview(student.id, assignment.id))?.reading.title).toBe("Draft");
    const library = await listLibrary(teacher.id);
    expect(library.map((r) => r.id)).toContain(saved.id);
    expect(library.map((r) => r.id)).not.toContain(readingId);
    expect((await listAssignableReadings(teacher.id)).map((r) => r.id)).not.toContain(readingId);
    // History is not edited: the old version refuses, the new one is the one to change.
    await expect(updateReading(teacher.id, readingId, { title: "Again", text, sections: plan([0]) })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets only the owner edit, and assigns one reading to several classes", async () => {
    const { teacher, readingId } = await ownReadingAssigned();
    const stranger = await createUser();
    await expect(updateReading(stranger.id, readingId, { title: "Mine", text, sections: plan([0]) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateReading(teacher.id, (await createReading()).id, { title: "Mine", text, sections: plan([0]) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const second = await createClassroom();
    await createMembership({ user: teacher, classroom: second, role: "TEACHER" });
    await assignReading(teacher.id, { classroomId: second.id, readingId });
    expect(await db.assignment.count({ where: { readingId } })).toBe(2);
  });
});

// A minimal Word document: paragraphs, "Heading1:" ones styled as headings.
async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const escape = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const body = paragraphs
    .map((p) => {
      const heading = p.startsWith("Heading1:");
      const style = heading ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' : "";
      return `<w:p>${style}<w:r><w:t xml:space="preserve">${escape(heading ? p.slice(9) : p)}</w:t></w:r></w:p>`;
    })
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}
