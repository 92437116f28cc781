-- AlterTable: the vote tally of a decision (for, against, abstentions, absent), when published.
ALTER TABLE "OfficialResponse" ADD COLUMN     "votesFor" INTEGER,
ADD COLUMN     "votesAgainst" INTEGER,
ADD COLUMN     "abstentions" INTEGER,
ADD COLUMN     "absent" INTEGER;

-- A tally is a count of members: never negative.
ALTER TABLE "OfficialResponse" ADD CONSTRAINT "OfficialResponse_votes_non_negative" CHECK (
  ("votesFor" IS NULL OR "votesFor" >= 0)
  AND ("votesAgainst" IS NULL OR "votesAgainst" >= 0)
  AND ("abstentions" IS NULL OR "abstentions" >= 0)
  AND ("absent" IS NULL OR "absent" >= 0)
);
