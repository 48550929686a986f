import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reportPost } from "@/lib/moderation/report-post";
import { findReportTarget } from "@/lib/moderation/report-target";
import { createModeratedClass, createResponseRow } from "@/tests/factories/moderation";

// The post a member reports on its own page (the no-script way to report): shown by the section
// list's rules, author by the anonymity rules, and still there to confirm a report that hid it.

describe("the report page's post", () => {
  it("is the section's post for a classmate, with the way back; not found for anyone outside the class", async () => {
    const world = await createModeratedClass();
    const post = await createResponseRow(world, world.alice.id, { body: "Worth a report" });
    const target = await findReportTarget(world.bob.id, post.id);
    expect(target).toMatchObject({
      post: { id: post.id, body: "Worth a report", author: { name: world.alice.name }, canReport: true },
      reportedByViewer: false,
      isReply: false,
      classId: world.classroom.id,
      sectionPath: `/assignments/${world.assignment.id}/sections/1`,
      backHref: `/posts/${post.id}`,
    });
    expect(await findReportTarget(world.outsider.id, post.id)).toBeNull();
    expect(await findReportTarget(world.unknownUserId, post.id)).toBeNull();
    expect(await findReportTarget(world.bob.id, `${post.id}x`)).toBeNull();
    // Its author may open it but not report it.
    expect((await findReportTarget(world.alice.id, post.id))?.post?.canReport).toBe(false);
  });

  it("names an anonymous author to no classmate", async () => {
    const world = await createModeratedClass({ classroom: { anonymity: "ANONYMOUS" } });
    const post = await createResponseRow(world, world.alice.id);
    const target = await findReportTarget(world.bob.id, post.id);
    expect(target?.post?.author).toEqual({ name: "Anonymous student", isViewer: false, pseudonym: null });
    expect(JSON.stringify(target)).not.toContain(world.alice.name);
    expect(JSON.stringify(target)).not.toContain(world.alice.id);
    // Moderators are entitled to the name.
    expect((await findReportTarget(world.teacher.id, post.id))?.post?.author.name).toBe(world.alice.name);
  });

  it("is not found while the viewer may not see the post", async () => {
    const world = await createModeratedClass();
    const pending = await createResponseRow(world, world.alice.id, { status: "PENDING" });
    const hidden = await createResponseRow(world, world.alice.id, { status: "HIDDEN", moderationReason: "Off topic" });
    expect(await findReportTarget(world.bob.id, pending.id)).toBeNull();
    expect(await findReportTarget(world.bob.id, hidden.id)).toBeNull();
    // Post-first: a student who has not responded in the section sees no classmate's post.
    await db.assignment.update({ where: { id: world.assignment.id }, data: { postFirst: true } });
    const published = await createResponseRow(world, world.alice.id);
    expect(await findReportTarget(world.bob.id, published.id)).toBeNull();
  });

  it("says it was reported, also once the report hid the post, leading back to the section", async () => {
    const world = await createModeratedClass({ classroom: { reportThreshold: 1 } });
    const post = await createResponseRow(world, world.alice.id);
    await expect(reportPost(world.bob.id, { postId: post.id, reason: "" })).rejects.toMatchObject({ code: "INVALID" });
    expect((await findReportTarget(world.bob.id, post.id))?.reportedByViewer).toBe(false);
    await expect(reportPost(world.bob.id, { postId: post.id, reason: "Insulting" })).resolves.toEqual({ autoHidden: true });
    expect(await findReportTarget(world.bob.id, post.id)).toMatchObject({
      post: null,
      reportedByViewer: true,
      backHref: `/assignments/${world.assignment.id}/sections/1`,
    });
    // Hidden now: a classmate who did not report it does not find it.
    expect(await findReportTarget(world.carol.id, post.id)).toBeNull();
  });
});
