-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "replyToId" TEXT;

-- CreateIndex
CREATE INDEX "Post_replyTo_idx" ON "Post"("replyToId") WHERE ("replyToId" IS NOT NULL);

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_replyToId_fkey" FOREIGN KEY ("replyToId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;
