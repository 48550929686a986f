-- DropIndex
DROP INDEX "Post_quotes_idx";

-- CreateIndex
CREATE INDEX "Post_quotes_idx" ON "Post"("assignmentId", "sectionId", "status", "quoteStart", "quoteEnd") WHERE ("quoteStart" IS NOT NULL);

-- CreateIndex
CREATE INDEX "Post_debate_idx" ON "Post"("assignmentId", "sectionId", "status", "stance", "kind") WHERE ("parentId" IS NULL);
