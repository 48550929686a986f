-- CreateEnum
CREATE TYPE "DepartedPosts" AS ENUM ('KEEP', 'REMOVE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Classroom" ADD COLUMN     "departedPosts" "DepartedPosts" NOT NULL DEFAULT 'KEEP';
