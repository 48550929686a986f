-- AlterTable
ALTER TABLE "Classroom" ADD COLUMN     "tasMayGrade" BOOLEAN NOT NULL DEFAULT false;
