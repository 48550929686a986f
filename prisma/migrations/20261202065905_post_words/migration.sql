-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "words" INTEGER;
