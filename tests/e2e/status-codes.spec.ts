import type { APIRequestContext } from "@playwright/test";
import { expect, sectionPath, test } from "./fixtures";
import { VIEWERS, appPages, gone, members, nobody, pageIds, type Expected, type Viewer } from "./fixtures/pages";

// Every page answers with its real HTTP status, decided before any streaming starts: a signed-out
// visitor gets 307 to sign in, a non-member 404, a member 200 (404 for a student on the teachers'
// pages; a path: 307 there, as a permalink answers). Each request is one plain GET that follows no redirect.

test("every page answers signed-out visitors, non-members and members with its real status", async ({ classWithStudent, signInAs, newVisitor }) => {
  test.setTimeout(180_000);
  const { teacher, classroom, assignmentId, student } = await classWithStudent();
  const outsider = await signInAs("outsider");
  const visitor = await newVisitor();

  const ids = await pageIds({ teacher, student, classroom, assignmentId });
  const { postId } = ids;

  const c = `/classes/${classroom.id}`;
  const a = `/assignments/${assignmentId}` as const;
  const inSection = `${a}/sections/2#post-${postId}` as const;
  const rows: [string, Record<Viewer, Expected>][] = [
    ...appPages(ids),
    [`${sectionPath(assignmentId, 2)}/debate?stance=challenges&cursor=%00`, members],
    // A post's permalink takes members to the post in its section.
    [`/posts/${postId}`, { ...members, student: inSection, teacher: inSection }],
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
    [`/posts/${postId}x`, nobody],
    ["/posts/%00", nobody],
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
      const redirect = typeof expected === "string" ? ` → ${expected}` : expected === 307 ? (viewer === "signed out" ? " → sign in" : " → /") : "";
      wanted.push(`${path} × ${viewer}: ${typeof expected === "string" ? 307 : expected}${redirect}`);
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
