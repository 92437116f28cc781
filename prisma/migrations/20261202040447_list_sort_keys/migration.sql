-- DropIndex
DROP INDEX "Initiative_latestTotal_id_idx";

-- DropIndex
DROP INDEX "Initiative_schemeId_idx";

-- AlterTable: the list's sort keys with NULLs placed, computed by PostgreSQL, so each order of the
-- list (and each order under a facet) is one index scan that stops after a page. Prisma cannot
-- express generated columns (schema.prisma declares them with @default(dbgenerated())), as with
-- "searchVector" in the init migration.
ALTER TABLE "Initiative"
ADD COLUMN "listCount" double precision GENERATED ALWAYS AS (COALESCE("latestTotal", -1)::double precision) STORED,
ADD COLUMN "listGrowth" double precision GENERATED ALWAYS AS (COALESCE("growthPerDay", -1::double precision)) STORED,
ADD COLUMN "listClosing" timestamp(3) GENERATED ALWAYS AS (COALESCE("collectionEndsAt", 'infinity'::timestamp(3))) STORED,
ADD COLUMN "listNewest" timestamp(3) GENERATED ALWAYS AS (COALESCE("openedAt", "registeredAt", "createdAt")) STORED;

-- CreateIndex
CREATE INDEX "Initiative_nextThresholdShare_id_idx" ON "Initiative"("nextThresholdShare" DESC, "id");

-- CreateIndex
CREATE INDEX "Initiative_latestTotalAt_id_idx" ON "Initiative"("latestTotalAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Initiative_listCount_id_idx" ON "Initiative"("listCount" DESC, "id");

-- CreateIndex
CREATE INDEX "Initiative_jurisdictionId_listCount_id_idx" ON "Initiative"("jurisdictionId", "listCount" DESC, "id");

-- CreateIndex
CREATE INDEX "Initiative_schemeId_listCount_id_idx" ON "Initiative"("schemeId", "listCount" DESC, "id");

-- CreateIndex
CREATE INDEX "Initiative_currentStage_listCount_id_idx" ON "Initiative"("currentStage", "listCount" DESC, "id");

-- CreateIndex
CREATE INDEX "Initiative_listGrowth_id_idx" ON "Initiative"("listGrowth" DESC, "id");

-- CreateIndex
CREATE INDEX "Initiative_listClosing_id_idx" ON "Initiative"("listClosing", "id");

-- CreateIndex
CREATE INDEX "Initiative_listNewest_id_idx" ON "Initiative"("listNewest" DESC, "id");
