-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "html" TEXT;
