-- CreateTable
CREATE TABLE "CountBatch" (
    "id" BIGSERIAL NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "observationId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "observedAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "observations" INTEGER NOT NULL,
    "latestTotal" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "webhooksAt" TIMESTAMP(3),

    CONSTRAINT "CountBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CountBatch_webhooksAt_id_idx" ON "CountBatch"("webhooksAt", "id");

-- CreateIndex
CREATE INDEX "CountBatch_initiativeId_idx" ON "CountBatch"("initiativeId");

-- AddForeignKey
ALTER TABLE "CountBatch" ADD CONSTRAINT "CountBatch_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;
