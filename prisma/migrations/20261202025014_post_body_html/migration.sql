-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "bodyHtml" TEXT,
ADD COLUMN     "bodyHtmlVersion" INTEGER;
