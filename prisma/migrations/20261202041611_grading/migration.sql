-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ModerationAction" ADD VALUE 'GRADE';
ALTER TYPE "ModerationAction" ADD VALUE 'RELEASE_GRADES';
ALTER TYPE "ModerationAction" ADD VALUE 'UNRELEASE_GRADES';
ALTER TYPE "ModerationAction" ADD VALUE 'CHANGE_GRADING';

-- CreateTable
CREATE TABLE "AssignmentGrading" (
    "assignmentId" TEXT NOT NULL,
    "participation" BOOLEAN NOT NULL DEFAULT false,
    "maxPoints" INTEGER NOT NULL DEFAULT 10,
    "weightRequirements" INTEGER NOT NULL DEFAULT 40,
    "weightQuality" INTEGER NOT NULL DEFAULT 30,
    "weightSpread" INTEGER NOT NULL DEFAULT 15,
    "weightTiming" INTEGER NOT NULL DEFAULT 15,
    "latePenaltyPercent" INTEGER NOT NULL DEFAULT 0,
    "rubricId" TEXT,
    "releasedAt" TIMESTAMP(3),

    CONSTRAINT "AssignmentGrading_pkey" PRIMARY KEY ("assignmentId")
);

-- CreateTable
CREATE TABLE "Rubric" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "criteria" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rubric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grade" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "rubricLevels" JSONB,
    "overridePoints" DOUBLE PRECISION,
    "overrideReason" TEXT,
    "feedback" TEXT,
    "gradedAt" TIMESTAMP(3) NOT NULL,
    "gradedById" TEXT NOT NULL,

    CONSTRAINT "Grade_pkey" PRIMARY KEY ("assignmentId","studentId")
);

-- CreateIndex
CREATE INDEX "AssignmentGrading_rubricId_idx" ON "AssignmentGrading"("rubricId");

-- CreateIndex
CREATE INDEX "Rubric_ownerId_idx" ON "Rubric"("ownerId");

-- CreateIndex
CREATE INDEX "Grade_studentId_idx" ON "Grade"("studentId");

-- AddForeignKey
ALTER TABLE "AssignmentGrading" ADD CONSTRAINT "AssignmentGrading_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentGrading" ADD CONSTRAINT "AssignmentGrading_rubricId_fkey" FOREIGN KEY ("rubricId") REFERENCES "Rubric"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rubric" ADD CONSTRAINT "Rubric_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grade" ADD CONSTRAINT "Grade_gradedById_fkey" FOREIGN KEY ("gradedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
