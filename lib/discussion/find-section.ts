import "server-only";
import { cache } from "react";
import { findAccess } from "@/lib/access";
import { assignmentContext } from "@/lib/assignments/context";
import { discussionSettings } from "@/lib/discussion/posting-rules";

// The section and the viewer's discussion settings, or null when the viewer may not see them (not a
// member, or a student before the assignment opens). Shared by the section page and the debate view.
// Cached per request: the debate view's layout asks first, so its status is settled before the page
// streams, and the page asks again for free.
export const findSection = cache(async (userId: string, assignmentId: string, position: number) => {
  const access = await findAccess(userId, { assignmentId, position });
  if (!access) return null;
  const { id, heading, body, question } = access.section;
  const section = { id, position, heading, body, question };
  return {
    context: assignmentContext(access),
    readingId: access.assignment.readingId,
    section,
    discussionVersion: access.section.discussionVersion,
    settings: discussionSettings(access),
  };
});
