-- AlterTable
ALTER TABLE "CohortInvite" ADD COLUMN     "secret" TEXT;
