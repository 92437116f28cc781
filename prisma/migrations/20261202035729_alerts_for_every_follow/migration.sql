-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'INITIATIVE_REGISTERED';
ALTER TYPE "EventKind" ADD VALUE 'TOPIC_EVENT_ADDED';

-- AlterTable
ALTER TABLE "DomainEvent" ADD COLUMN     "jurisdictionId" TEXT,
ADD COLUMN     "topicId" TEXT;

-- CreateIndex
CREATE INDEX "DomainEvent_topicId_occurredAt_idx" ON "DomainEvent"("topicId", "occurredAt");

-- CreateIndex
CREATE INDEX "DomainEvent_jurisdictionId_occurredAt_idx" ON "DomainEvent"("jurisdictionId", "occurredAt");

-- AddForeignKey
ALTER TABLE "DomainEvent" ADD CONSTRAINT "DomainEvent_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainEvent" ADD CONSTRAINT "DomainEvent_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;
