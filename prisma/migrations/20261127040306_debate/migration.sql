-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORTS', 'CHALLENGES', 'COMPLICATES');

-- CreateEnum
CREATE TYPE "ResponseKind" AS ENUM ('CLAIM', 'EVIDENCE', 'QUESTION');

-- CreateEnum
CREATE TYPE "ReplyKind" AS ENUM ('COUNTER', 'AGREE');

-- CreateEnum
CREATE TYPE "PollRound" AS ENUM ('BEFORE', 'AFTER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ModerationAction" ADD VALUE 'ADD_CLAIM';
ALTER TYPE "ModerationAction" ADD VALUE 'REMOVE_CLAIM';

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "afterPollOpenedAt" TIMESTAMP(3),
ADD COLUMN     "postFirst" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "stanceRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "thesis" TEXT;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "kind" "ResponseKind",
ADD COLUMN     "quoteEnd" INTEGER,
ADD COLUMN     "quoteStart" INTEGER,
ADD COLUMN     "quoteText" TEXT,
ADD COLUMN     "replyKind" "ReplyKind",
ADD COLUMN     "stance" "Stance";

-- CreateTable
CREATE TABLE "ContestedClaim" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContestedClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimSource" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "perspective" TEXT NOT NULL,

    CONSTRAINT "ClaimSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PollAnswer" (
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "round" "PollRound" NOT NULL,
    "rating" INTEGER NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PollAnswer_pkey" PRIMARY KEY ("assignmentId","userId","round")
);

-- CreateTable
CREATE TABLE "PostSource" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "PostSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContestedClaim_assignmentId_sectionId_start_idx" ON "ContestedClaim"("assignmentId", "sectionId", "start");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSource_claimId_position_key" ON "ClaimSource"("claimId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PostSource_postId_position_key" ON "PostSource"("postId", "position");

-- CreateIndex
CREATE INDEX "Post_quotes_idx" ON "Post"("assignmentId", "sectionId", "quoteStart") WHERE ("quoteStart" IS NOT NULL);

-- AddForeignKey
ALTER TABLE "ContestedClaim" ADD CONSTRAINT "ContestedClaim_assignmentId_sectionId_fkey" FOREIGN KEY ("assignmentId", "sectionId") REFERENCES "AssignmentSection"("assignmentId", "sectionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestedClaim" ADD CONSTRAINT "ContestedClaim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSource" ADD CONSTRAINT "ClaimSource_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "ContestedClaim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollAnswer" ADD CONSTRAINT "PollAnswer_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollAnswer" ADD CONSTRAINT "PollAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostSource" ADD CONSTRAINT "PostSource_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
