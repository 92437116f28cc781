-- AlterTable
ALTER TABLE "Jurisdiction" ADD COLUMN     "electorate" INTEGER,
ADD COLUMN     "electorateAsOf" DATE,
ADD COLUMN     "electorateIsEstimate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "populationSource" TEXT,
ADD COLUMN     "populationSourceUrl" TEXT;
