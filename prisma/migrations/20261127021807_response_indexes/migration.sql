-- DropIndex
DROP INDEX "Post_assignmentId_sectionId_parentId_createdAt_id_idx";

-- CreateIndex
CREATE INDEX "Post_responses_idx" ON "Post"("assignmentId", "sectionId", "createdAt", "id", "status") WHERE ("parentId" IS NULL);

-- CreateIndex
CREATE INDEX "Post_pinned_idx" ON "Post"("assignmentId", "sectionId", "pinnedAt") WHERE ("pinnedAt" IS NOT NULL);
