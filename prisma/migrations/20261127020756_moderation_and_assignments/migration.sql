-- CreateEnum
CREATE TYPE "AnonymityMode" AS ENUM ('NAMED', 'ANONYMOUS', 'PSEUDONYMOUS');

-- CreateEnum
CREATE TYPE "LatePolicy" AS ENUM ('ACCEPT_LATE', 'CLOSE_AT_DUE');

-- CreateEnum
CREATE TYPE "ModerationAction" AS ENUM ('APPROVE', 'REJECT', 'HIDE', 'AUTO_HIDE', 'RESTORE', 'DELETE', 'PIN', 'UNPIN', 'PICK', 'UNPICK', 'LOCK_THREAD', 'UNLOCK_THREAD', 'LOCK_SECTION', 'UNLOCK_SECTION', 'MUTE', 'UNMUTE', 'CHANGE_SETTINGS');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PostStatus" ADD VALUE 'PENDING';
ALTER TYPE "PostStatus" ADD VALUE 'REJECTED';
ALTER TYPE "PostStatus" ADD VALUE 'HIDDEN';

-- AlterTable
ALTER TABLE "Classroom" ADD COLUMN     "anonymity" "AnonymityMode" NOT NULL DEFAULT 'NAMED',
ADD COLUMN     "approvalRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "reportThreshold" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "mutedUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Reading" ADD COLUMN     "author" TEXT,
ADD COLUMN     "perspective" TEXT,
ADD COLUMN     "previousVersionId" TEXT,
ADD COLUMN     "source" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "anonymity" "AnonymityMode",
ADD COLUMN     "approvalRequired" BOOLEAN,
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "latePolicy" "LatePolicy" NOT NULL DEFAULT 'ACCEPT_LATE',
ADD COLUMN     "minReplies" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "minResponses" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "minWords" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "opensAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "slowModeSeconds" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lockedAt" TIMESTAMP(3),
ADD COLUMN     "moderationReason" TEXT,
ADD COLUMN     "pinnedAt" TIMESTAMP(3),
ADD COLUMN     "teacherPick" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AssignmentSection" (
    "assignmentId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "lockedAt" TIMESTAMP(3),
    "lockReason" TEXT,

    CONSTRAINT "AssignmentSection_pkey" PRIMARY KEY ("assignmentId","sectionId")
);

-- CreateTable
CREATE TABLE "PostRevision" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "editorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pseudonym" (
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "Pseudonym_pkey" PRIMARY KEY ("assignmentId","userId")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "classroomId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" "ModerationAction" NOT NULL,
    "postId" TEXT,
    "targetUserId" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PostRevision_postId_createdAt_idx" ON "PostRevision"("postId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Report_postId_reporterId_key" ON "Report"("postId", "reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "Pseudonym_assignmentId_label_key" ON "Pseudonym"("assignmentId", "label");

-- CreateIndex
CREATE INDEX "AuditEntry_classroomId_createdAt_idx" ON "AuditEntry"("classroomId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reading_previousVersionId_key" ON "Reading"("previousVersionId");

-- CreateIndex
CREATE INDEX "Post_assignmentId_status_createdAt_idx" ON "Post"("assignmentId", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "Reading"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentSection" ADD CONSTRAINT "AssignmentSection_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentSection" ADD CONSTRAINT "AssignmentSection_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostRevision" ADD CONSTRAINT "PostRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostRevision" ADD CONSTRAINT "PostRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pseudonym" ADD CONSTRAINT "Pseudonym_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pseudonym" ADD CONSTRAINT "Pseudonym_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_targetUserId_fkey" FOREIGN KEY ("targetUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill (hand-written): existing assignments include every section of their reading.
INSERT INTO "AssignmentSection" ("assignmentId", "sectionId")
SELECT "Assignment"."id", "Section"."id"
FROM "Assignment" JOIN "Section" ON "Section"."readingId" = "Assignment"."readingId"
ON CONFLICT DO NOTHING;
