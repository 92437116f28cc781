-- DropIndex
DROP INDEX "Initiative_listClosing_id_idx";

-- CreateIndex
CREATE INDEX "Initiative_listClosing_id_closedAt_withdrawnAt_idx" ON "Initiative"("listClosing", "id", "closedAt", "withdrawnAt");
