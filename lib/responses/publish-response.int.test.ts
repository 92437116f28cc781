// A decision with its vote tally: stored, audited, on the public status, refused field by field on a
// response that is not a decision (real PostgreSQL).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getInitiativeStatus } from "@/lib/initiatives/queries";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { publishResponse } from "./publish-response";

const decision = {
  kind: "DECISION",
  respondingBody: { en: "Parliament of Finland", fi: "Eduskunta" },
  respondedAt: "2026-11-20T10:00:00Z",
  summary: { en: "Parliament adopted the initiative." },
  decision: "ADOPTED",
  votesFor: "104",
  votesAgainst: "41",
  abstentions: "2",
  absent: "52",
};

describe("publishing a decision with its vote tally", () => {
  it("stores the tally, audits it and shows it on the status", async () => {
    const editor = await makeUser("EDITOR");
    const { slug } = await makeInitiative();
    const { response, created } = await publishResponse(editor, { slug }, decision, { via: "web" });
    expect(created).toBe(true);
    expect(response).toMatchObject({ votesFor: 104, votesAgainst: 41, abstentions: 2, absent: 52 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: response.id, action: "response.create" } });
    expect(audit.after).toMatchObject({ votesFor: 104, votesAgainst: 41, abstentions: 2, absent: 52 });

    const status = await getInitiativeStatus(slug);
    expect(status.responses[0]).toMatchObject({ decision: "ADOPTED", votesFor: 104, votesAgainst: 41, abstentions: 2, absent: 52 });

    // Correcting one number is an update; clearing the tally stores no numbers.
    const corrected = await publishResponse(editor, { slug }, { ...decision, absent: "51" }, { via: "web" });
    expect(corrected).toMatchObject({ created: false, changed: true, response: { absent: 51, version: 2 } });
    const { votesFor: _f, votesAgainst: _a, abstentions: _ab, absent: _x, ...untallied } = decision;
    const cleared = await publishResponse(editor, { slug }, untallied, { via: "web" });
    expect(cleared.response).toMatchObject({ votesFor: null, votesAgainst: null, abstentions: null, absent: null });
  });

  it("refuses a tally on a government response, naming each field", async () => {
    const editor = await makeUser("EDITOR");
    const { slug } = await makeInitiative();
    const { decision: _d, ...rest } = decision;
    await expect(publishResponse(editor, { slug }, { ...rest, kind: "GOVERNMENT_RESPONSE" }, { via: "web" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      issues: ["votesFor", "votesAgainst", "abstentions", "absent"].map((path) =>
        expect.objectContaining({ path, code: "tallyNeedsDecision" }),
      ),
    });
    expect(await db().officialResponse.count({ where: { initiative: { slug } } })).toBe(0);
  });
});
