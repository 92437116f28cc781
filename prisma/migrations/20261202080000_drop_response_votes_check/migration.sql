-- The vote tallies' CHECK constraint (20261202070000) goes: the Prisma 6.19 WASM migration engine
-- crashes ("RuntimeError: unreachable") introspecting a CHECK constraint, which stopped
-- `npm run db:migrate` from creating any further migration. Tallies stay non-negative through the
-- one schema every write passes (lib/responses/schemas.ts, per-field 4xx), as every other count does.
ALTER TABLE "OfficialResponse" DROP CONSTRAINT "OfficialResponse_votes_non_negative";
