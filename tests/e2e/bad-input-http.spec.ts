import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, openSection, sectionPath, test, visit } from "./fixtures";
import { BAD_INPUTS, mayAccept, type FieldKind } from "../corpus/bad-input";

// The bad-input corpus over HTTP, against the built server: every JSON field of every route handler,
// malformed bodies, multipart uploads, and ids in paths and queries. No answer may be a 5xx; a value
// the field cannot take must get a 4xx; the responses a student can list are exactly the 201s.

const JSON_INPUTS = BAD_INPUTS.filter((entry) => !entry.codeOnly);
// URLs carry short values only; longer ones are refused by the HTTP server itself (431/414).
const URL_INPUTS = JSON_INPUTS.filter((entry) => typeof entry.value === "string" && entry.value.length <= 1000 && entry.value.isWellFormed());
// Path segments that no encoder produces: raw NUL, a lone surrogate's UTF-8, broken escapes.
const RAW_SEGMENTS = ["%00", "%ED%A0%80", "%ZZ", "%", "..%2F..%2Fetc", "%F0%9F%98%80", "a".repeat(1000), "null", "-1", "%20"];

const pairs = { count: 0 };
test.afterAll(() => console.log(`bad input over HTTP: ${pairs.count} (route × field × input) requests`));

function send(request: APIRequestContext, method: "POST" | "PUT", url: string, body: string | Buffer, contentType = "application/json"): Promise<APIResponse> {
  pairs.count++;
  return request.fetch(url, { method, data: body, headers: { "content-type": contentType }, maxRedirects: 0 });
}

type Problem = string;
function judge(problems: Problem[], label: string, status: number, acceptable: boolean) {
  if (status >= 500) problems.push(`${label}: ${status}`);
  else if (!acceptable && status < 400) problems.push(`${label}: accepted (${status})`);
}

/** Sends each corpus entry in each field on top of a valid body; returns the problems and the 2xx count. */
async function fuzzJsonFields(request: APIRequestContext, method: "POST" | "PUT", url: string, base: Record<string, unknown>, fields: Record<string, FieldKind>, optional: string[]) {
  const problems: Problem[] = [];
  let accepted = 0;
  for (const [field, kind] of Object.entries(fields)) {
    for (const entry of JSON_INPUTS) {
      const response = await send(request, method, url, JSON.stringify({ ...base, [field]: entry.value }));
      if (response.status() < 300) accepted++;
      judge(problems, `${method} ${field} = ${entry.name}`, response.status(), mayAccept(entry, kind, optional.includes(field)));
    }
  }
  return { problems, accepted };
}

// Bodies that are not a JSON object at all.
const RAW_BODIES: { name: string; body: string | Buffer; contentType?: string }[] = [
  { name: "empty", body: "" },
  { name: "not JSON", body: "not json" },
  { name: "truncated JSON", body: '{"body": "A resp' },
  { name: "null", body: "null" },
  { name: "a string", body: '"A response."' },
  { name: "a number", body: "123" },
  { name: "an array", body: '[{"body": "A response."}]' },
  { name: "nested 100,000 deep", body: `${"[".repeat(100_000)}${"]".repeat(100_000)}` },
  { name: "2 MB of JSON", body: JSON.stringify({ body: "x".repeat(2 * 1024 * 1024) }) },
  { name: "invalid UTF-8", body: Buffer.from([0x7b, 0x22, 0x62, 0x6f, 0x64, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  { name: "UTF-16 JSON", body: Buffer.from('{"body": "A response."}', "utf16le") },
  { name: "a form instead of JSON", body: "body=A+response.", contentType: "application/x-www-form-urlencoded" },
  { name: "JSON with a NUL escape", body: '{"body": "a\\u0000b"}' },
  { name: "JSON with a lone surrogate escape", body: '{"body": "a\\ud800b"}' },
  { name: "duplicate keys", body: '{"body": "A response.", "body": {"nested": true}}' },
];

test("the responses API answers every bad input with a 4xx and writes nothing it refused", async ({ classWithStudent }) => {
  test.setTimeout(600_000);
  const { assignmentId, student } = await classWithStudent();
  const request = student.page.request;
  const url = `/api${sectionPath(assignmentId, 1)}/responses`;
  const fields: Record<string, FieldKind> = { body: "text", stance: "choice", kind: "choice", sources: "list", quoteStart: "number", quoteEnd: "number", quoteText: "text" };
  const fuzzed = await fuzzJsonFields(request, "POST", url, { body: "A response." }, fields, ["stance", "kind", "sources", "quoteStart", "quoteEnd", "quoteText"]);
  const { problems, accepted } = fuzzed;

  for (const raw of RAW_BODIES) {
    const response = await send(request, "POST", url, raw.body, raw.contentType);
    judge(problems, `POST body ${raw.name}`, response.status(), false);
  }
  for (const entry of URL_INPUTS) {
    pairs.count++;
    const response = await request.get(`${url}?cursor=${encodeURIComponent(entry.value as string)}`);
    // Any cursor is valid: a malformed one is the first page.
    judge(problems, `GET cursor = ${entry.name}`, response.status(), true);
  }
  const segments = [...RAW_SEGMENTS.map((segment) => ({ segment, position: false })), ...URL_INPUTS.map((entry) => ({ segment: encodeURIComponent(entry.value as string), position: mayAccept(entry, "number", false) }))];
  for (const { segment, position } of segments) {
    // A position may be written as numbers are in forms (" 7 ", "+5").
    for (const [path, acceptable] of [[`/api/assignments/${segment}/sections/1/responses`, false], [`/api/assignments/${assignmentId}/sections/${segment}/responses`, position]] as const) {
      pairs.count += 2;
      const listed = (await request.get(path)).status();
      const posted = (await send(request, "POST", path, '{"body": "A response."}')).status();
      judge(problems, `GET ${path.slice(0, 80)}`, listed, acceptable);
      judge(problems, `POST ${path.slice(0, 80)}`, posted, acceptable);
    }
  }
  expect(problems).toEqual([]);

  // Nothing refused was written: the section lists exactly the responses that were accepted.
  let listed = 0;
  for (let cursor: string | null = ""; cursor !== null; ) {
    const page = (await (await request.get(`${url}?cursor=${cursor}`)).json()) as { responses: unknown[]; nextCursor: string | null };
    listed += page.responses.length;
    cursor = page.nextCursor;
  }
  expect(listed).toBe(accepted);
});

test("the readings API answers every bad input with a 4xx", async ({ signInAs }) => {
  test.setTimeout(600_000);
  const teacher = await signInAs("teacher");
  const request = teacher.page.request;
  const base = { title: "A reading", author: "An author", source: "https://example.com/", perspective: "A view", text: "One paragraph.\n\nAnother.", sections: [{ start: 0 }] };
  const created = await send(request, "POST", "/api/readings", JSON.stringify(base));
  expect(created.status()).toBe(201);
  const readingId = ((await created.json()) as { id: string }).id;
  const fields: Record<string, FieldKind> = { title: "text", author: "text", source: "text", perspective: "text", text: "document", sections: "list" };
  const optional = ["author", "source", "perspective"];

  const problems: Problem[] = [];
  for (const [method, url] of [["POST", "/api/readings"], ["PUT", `/api/readings/${readingId}`]] as const) {
    problems.push(...(await fuzzJsonFields(request, method, url, base, fields, optional)).problems);
    for (const raw of [...RAW_BODIES, { name: "6 MB of JSON", body: JSON.stringify({ ...base, text: "x".repeat(6 * 1024 * 1024) }) }]) {
      judge(problems, `${method} body ${raw.name}`, (await send(request, method, url, raw.body, raw.contentType)).status(), false);
    }
  }
  for (const segment of RAW_SEGMENTS) {
    judge(problems, `PUT /api/readings/${segment.slice(0, 40)}`, (await send(request, "PUT", `/api/readings/${segment}`, JSON.stringify(base))).status(), false);
  }
  expect(problems).toEqual([]);
});

test("the upload endpoint answers every bad upload with a 4xx", async ({ signInAs, newVisitor }) => {
  test.setTimeout(300_000);
  const teacher = await signInAs("teacher");
  const request = teacher.page.request;
  const url = "/api/readings/extract";
  const file = (name: string, buffer: Buffer, mimeType = "text/plain") => ({ multipart: { file: { name, mimeType, buffer } } });
  const text = Buffer.from("A reading.\n\nIts second paragraph.");
  const MB = 1024 * 1024;

  const uploads: { name: string; options: Parameters<APIRequestContext["post"]>[1]; ok?: true }[] = [
    { name: "a plain text file", options: file("reading.txt", text), ok: true },
    { name: "a Unicode file name", options: file("읽기 資料 📄.md", text), ok: true },
    { name: "no body", options: {} },
    { name: "JSON instead of a form", options: { data: { file: "reading.txt" } } },
    { name: "multipart without a boundary", options: { data: "x", headers: { "content-type": "multipart/form-data" } } },
    { name: "a boundary that never comes", options: { data: "--other\r\n\r\nx", headers: { "content-type": "multipart/form-data; boundary=nope" } } },
    {
      name: "truncated multipart",
      options: { data: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nA reading', headers: { "content-type": "multipart/form-data; boundary=b" } },
    },
    { name: "file as a plain field", options: { multipart: { file: "A reading." } } },
    { name: "another field name", options: { multipart: { upload: { name: "reading.txt", mimeType: "text/plain", buffer: text } } } },
    { name: "an empty file", options: file("empty.txt", Buffer.alloc(0)) },
    { name: "3 MB", options: file("big.txt", Buffer.alloc(3 * MB, 0x61)) },
    { name: "NUL bytes", options: file("nul.txt", Buffer.from([0x61, 0x00, 0x62])) },
    { name: "invalid UTF-8", options: file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9])) },
    { name: "a lone surrogate's bytes", options: file("surrogate.txt", Buffer.from([0xed, 0xa0, 0x80])) },
    { name: "a program", options: file("program.exe", Buffer.from([0x4d, 0x5a, 0x90, 0x00]), "application/octet-stream") },
    { name: "a zip that is no Word document", options: file("fake.docx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])) },
    { name: "text named .docx", options: file("text.docx", text) },
    { name: "a file name with NUL", options: file("a\u0000b.exe", text) },
    { name: "a path for a file name", options: file("../../etc/passwd", text) },
    { name: "a 1,000-character file name", options: file(`${"n".repeat(1000)}.exe`, text) },
    { name: "10,000 fields", options: { multipart: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, "x"])) } },
  ];
  const problems: Problem[] = [];
  for (const upload of uploads) {
    pairs.count++;
    const response = await request.post(url, upload.options);
    judge(problems, `upload ${upload.name}`, response.status(), upload.ok ?? false);
    if (upload.ok && response.status() !== 200) problems.push(`upload ${upload.name}: refused (${response.status()})`);
  }
  const visitor = await newVisitor();
  expect((await visitor.request.post(url, file("reading.txt", text))).status()).toBe(401);
  expect(problems).toEqual([]);
});

test("the CSV exports answer bad ids and filters with a 4xx", async ({ classWithStudent }) => {
  test.setTimeout(300_000);
  const { teacher, classroom, assignmentId } = await classWithStudent();
  const request = teacher.page.request;
  const problems: Problem[] = [];
  const segments = [...RAW_SEGMENTS, ...URL_INPUTS.map((entry) => encodeURIComponent(entry.value as string))];
  for (const segment of segments) {
    for (const path of [`/api/classes/${segment}/overview.csv`, `/api/classes/${segment}/audit`, `/api/assignments/${segment}/poll.csv`]) {
      pairs.count++;
      judge(problems, `GET ${path.slice(0, 80)}`, (await request.get(path)).status(), false);
    }
  }
  for (const key of ["action", "student", "from", "to"]) {
    for (const entry of URL_INPUTS) {
      pairs.count++;
      const response = await request.get(`/api/classes/${classroom.id}/audit?${key}=${encodeURIComponent(entry.value as string)}`);
      // A filter that matches nothing is a valid filter.
      judge(problems, `GET audit ${key} = ${entry.name}`, response.status(), true);
    }
  }
  expect((await request.get(`/api/classes/${classroom.id}/overview.csv`)).status()).toBe(200);
  expect((await request.get(`/api/assignments/${assignmentId}/poll.csv`)).status()).toBeLessThan(500);
  expect(problems).toEqual([]);
});

test("forms answer a NUL character with a message on the field, not an error page", async ({ classWithStudent }) => {
  test.setTimeout(120_000);
  const { assignmentId, student } = await classWithStudent();
  const { page } = student;
  const nulMessage = "Remove the invisible NUL character (U+0000) from this text.";

  await visit(page, "/classes/new");
  await page.locator("#name").evaluate((input, value) => ((input as HTMLInputElement).value = value), "History\u0000 class");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.locator("#name-error")).toHaveText(nulMessage);

  await openSection(page, assignmentId, 2);
  await page.locator("#response-body").evaluate((field, value) => ((field as HTMLTextAreaElement).value = value), "A response\u0000 with a NUL");
  await page.getByRole("button", { name: "Post response" }).click();
  await expect(page.locator("#response-body-error")).toHaveText(nulMessage);
  await expect(page.getByTestId("post")).toHaveCount(0);
});
