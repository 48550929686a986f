import type { APIRequestContext } from "@playwright/test";
import { expect, sectionPath, test } from "./fixtures";

// Every page answers with its real HTTP status, decided before any streaming starts: a signed-out
// visitor gets 307 to sign in, a non-member 404, a member 200 (404 for a student on the teachers'
// pages). Each request is one plain GET that follows no redirect.

type Viewer = "signed out" | "non-member" | "student" | "teacher";
const VIEWERS: Viewer[] = ["signed out", "non-member", "student", "teacher"];
type Expected = 200 | 307 | 404;

// The usual shapes of a row: a member's page, a teachers' page, a page for anyone signed in.
const members = { "signed out": 307, "non-member": 404, student: 200, teacher: 200 } as const;
const teachers = { "signed out": 307, "non-member": 404, student: 404, teacher: 200 } as const;
const signedIn = { "signed out": 307, "non-member": 200, student: 200, teacher: 200 } as const;
const nobody = { "signed out": 307, "non-member": 404, student: 404, teacher: 404 } as const;
const visitors = { "signed out": 200, "non-member": 307, student: 307, teacher: 307 } as const;
const gone = { "signed out": 404, "non-member": 404, student: 404, teacher: 404 } as const;

test("every page answers signed-out visitors, non-members and members with its real status", async ({ classWithStudent, signInAs, newVisitor }) => {
  test.setTimeout(180_000);
  const { teacher, classroom, assignmentId, student } = await classWithStudent();
  const outsider = await signInAs("outsider");
  const visitor = await newVisitor();

  const posted = await student.page.request.post(`/api${sectionPath(assignmentId, 2)}/responses`, { data: { body: "A response to look back on." } });
  expect(posted.status()).toBe(201);
  const postId = ((await posted.json()) as { id: string }).id;
  const saved = await teacher.page.request.post("/api/readings", {
    data: { title: "A reading of my own", text: "One paragraph.\n\nAnother.", sections: [{ start: 0 }] },
  });
  expect(saved.status()).toBe(201);
  const readingId = ((await saved.json()) as { id: string }).id;

  const c = `/classes/${classroom.id}`;
  const a = `/assignments/${assignmentId}`;
  const rows: [string, Record<Viewer, Expected>][] = [
    ["/", { "signed out": 200, "non-member": 200, student: 200, teacher: 200 }],
    ["/signin", visitors],
    ["/signup", visitors],
    ["/join", signedIn],
    ["/account", signedIn],
    // Resetting a password with a teacher's code: for anyone, signed in or not.
    ["/reset", { "signed out": 200, "non-member": 200, student: 200, teacher: 200 }],
    // The join link signs visitors up in place (issue 13); an unknown code is not found for anyone.
    [`/join/${classroom.joinCode}`, { ...signedIn, "signed out": 200 }],
    ["/classes/new", signedIn],
    ["/library", signedIn],
    ["/library/new", signedIn],
    [`/library/${readingId}`, { ...nobody, teacher: 200 }],
    [`/library/${readingId}/edit`, { ...nobody, teacher: 200 }],
    [c, members],
    [`${c}/overview`, teachers],
    [`${c}/roster`, teachers],
    [`${c}/moderation`, teachers],
    [`${c}/moderation/audit`, teachers],
    [`${c}/moderation/settings`, teachers],
    [`${c}/moderation/history/${postId}`, teachers],
    [a, members],
    [`${a}/poll`, members],
    [sectionPath(assignmentId, 2), members],
    [`${sectionPath(assignmentId, 2)}/debate`, members],
    [`${sectionPath(assignmentId, 2)}/debate?stance=challenges&cursor=%00`, members],
    // Ids and positions that are not there, or not ids at all.
    ["/classes/%00", nobody],
    [`/classes/${"x".repeat(300)}`, nobody],
    ["/library/%00", nobody],
    ["/join/%00", { ...nobody, "signed out": 404 }],
    [`${a}/sections/0`, nobody],
    [`${a}/sections/99`, nobody],
    [`${a}/sections/abc/debate`, nobody],
    [`${a}/sections/1e400/debate`, nobody],
    [`/assignments/${assignmentId}x/sections/2/debate`, nobody],
    [`${c}/moderation/history/${postId}x`, nobody],
    // Escapes that do not decode name nothing, for anyone.
    ["/classes/%ZZ", gone],
    [`${a}/sections/%ED%A0%80/debate`, gone],
    [`/library/%`, gone],
  ];

  const requests: Record<Viewer, APIRequestContext> = {
    "signed out": visitor.request,
    "non-member": outsider.page.request,
    student: student.page.request,
    teacher: teacher.page.request,
  };
  const answered: string[] = [];
  const wanted: string[] = [];
  for (const [path, statuses] of rows) {
    for (const viewer of VIEWERS) {
      const expected = statuses[viewer];
      const response = await requests[viewer].get(path, { maxRedirects: 0 });
      const location = response.headers()["location"] ?? "";
      // A redirect names where it goes: sign-in with the way back, or home for the signed in.
      const target = response.status() === 307 ? ` → ${location.startsWith("/signin?callbackUrl=") ? "sign in" : location}` : "";
      answered.push(`${path} × ${viewer}: ${response.status()}${target}`);
      wanted.push(`${path} × ${viewer}: ${expected}${expected === 307 ? (viewer === "signed out" ? " → sign in" : " → /") : ""}`);
    }
  }
  expect(answered).toEqual(wanted);
});

test("the health check answers 200 while the database is up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toEqual({ ok: true });
});
