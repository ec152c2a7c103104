-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "writtenType" TEXT;
