-- AlterTable
ALTER TABLE "Roadmap" ADD COLUMN     "contentVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "seedHash" TEXT;
