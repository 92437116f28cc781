// Every admin write is one domain function: a successful write leaves exactly one audit row (by
// that actor), a failed one none, whatever the command. Each case runs as its own new actor, so
// counting that actor's rows is exact even with other tests writing in parallel.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { recordCountsCsv } from "@/lib/counts/record-counts-csv";
import { reviewFlag } from "@/lib/counts/review-flag";
import { registerInitiative } from "@/lib/initiatives/register-initiative";
import { updateInitiative } from "@/lib/initiatives/update-initiative";
import { withdrawInitiative } from "@/lib/initiatives/withdraw-initiative";
import { publishResponse } from "@/lib/responses/publish-response";
import { createRuleSetVersion } from "@/lib/rules/create-rule-set-version";
import { recordStageEvent } from "@/lib/stages/record-stage-event";
import { makeInitiative, makeUser, testActor, unique } from "@/lib/testing/factories";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { saveTopic } from "@/lib/topics/save-topic";
import { setRole } from "@/lib/users/set-role";

const ctx = { via: "web" as const };
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

type Case = {
  name: string;
  role: "EDITOR" | "ADMIN";
  /** Runs the command as `actor`; `good` chooses valid or invalid input. */
  run: (actor: UserActor, good: boolean) => Promise<unknown>;
};

async function flaggedInitiative() {
  const i = await makeInitiative();
  await recordCounts(testActor, { slug: i.slug }, { observations: [{ value: 100, observedAt: day("2026-01-06") }] }, ctx);
  await recordCounts(testActor, { slug: i.slug }, { observations: [{ value: 50, observedAt: day("2026-01-07") }] }, ctx);
  return db().dataQualityFlag.findFirstOrThrow({ where: { initiativeId: i.id, code: "decrease" } });
}

const cases: Case[] = [
  {
    name: "registerInitiative",
    role: "ADMIN",
    run: (a, good) =>
      registerInitiative(
        a,
        { slug: unique("reg"), schemeCode: good ? "fi-citizens-initiative" : "no-such-scheme", title: { en: "T" }, summary: { en: "S" } },
        ctx,
      ),
  },
  {
    name: "updateInitiative",
    role: "ADMIN",
    run: async (a, good) =>
      updateInitiative(
        a,
        { slug: (await makeInitiative()).slug },
        { expectedVersion: good ? 1 : 7, title: { en: "New" }, summary: { en: "S" } },
        ctx,
      ),
  },
  {
    name: "withdrawInitiative",
    role: "ADMIN",
    run: async (a, good) =>
      withdrawInitiative(a, { slug: (await makeInitiative()).slug }, { expectedVersion: 1, reason: good ? "Withdrawn" : "<b>x</b>" }, ctx),
  },
  {
    name: "recordCounts",
    role: "EDITOR",
    run: async (a, good) =>
      recordCounts(
        a,
        { slug: (await makeInitiative()).slug },
        { observations: [{ value: good ? 5 : -5, observedAt: day("2026-01-06") }] },
        ctx,
      ),
  },
  {
    name: "recordCountsCsv (commit)",
    role: "EDITOR",
    run: async (a, good) =>
      recordCountsCsv(
        a,
        { slug: (await makeInitiative()).slug },
        { intent: "commit", csv: `value,observedAt\n1,2026-01-06\n${good ? 2 : "two"},2026-01-07\n` },
        ctx,
      ),
  },
  {
    name: "recordStageEvent",
    role: "EDITOR",
    run: async (a, good) =>
      recordStageEvent(
        a,
        { slug: (await makeInitiative()).slug },
        { stage: good ? "collection-ended" : "adopted", occurredAt: day("2026-02-01") },
        ctx,
      ),
  },
  {
    name: "publishResponse",
    role: "EDITOR",
    run: async (a, good) =>
      publishResponse(
        a,
        { slug: (await makeInitiative()).slug },
        {
          kind: "DECISION",
          respondingBody: { en: "Parliament" },
          respondedAt: day("2026-03-01"),
          summary: { en: good ? "Rejected." : "<img src=x onerror=alert(1)>" },
        },
        ctx,
      ),
  },
  {
    name: "saveTopic",
    role: "EDITOR",
    run: (a, good) => saveTopic(a, { slug: good ? unique("topic") : "X", name: { en: "A topic" } }, ctx),
  },
  {
    name: "reviewFlag",
    role: "EDITOR",
    run: async (a, good) =>
      reviewFlag(
        a,
        { flagId: (await flaggedInitiative()).id, decision: "confirm", publicNote: good ? "Checked with the source." : undefined },
        ctx,
      ),
  },
  {
    name: "setRole",
    role: "ADMIN",
    run: async (a, good) => setRole(a, { userId: good ? (await makeUser("USER")).userId : a.userId, role: "EDITOR" }, ctx),
  },
  { name: "createToken", role: "ADMIN", run: (a, good) => createToken(a, { name: "script", scopes: good ? ["counts:write"] : [] }, ctx) },
  {
    name: "revokeToken",
    role: "ADMIN",
    run: async (a, good) =>
      revokeToken(
        a,
        {
          tokenId: good
            ? (await createToken(testActor, { name: "x", scopes: ["counts:write"] }, ctx, { email: a.email })).token.id
            : "nope",
        },
        ctx,
      ),
  },
  {
    name: "createRuleSetVersion",
    role: "ADMIN",
    run: (a, good) =>
      createRuleSetVersion(
        a,
        {
          schemeCode: "uk-parliament-petition",
          effectiveFrom: new Date("2100-01-01T00:00:00Z"),
          legalSourceTitle: "Test rules",
          legalSourceUrl: "https://example.org/rules",
          definition: good
            ? {
                timeZone: "Europe/London",
                thresholds: [],
                stages: [{ code: "open", label: { en: "Open" }, terminal: true }],
                initialStage: "open",
              }
            : "{ not json",
        },
        ctx,
      ),
  },
];

const auditRowsBy = (a: UserActor) => db().auditEvent.count({ where: { actorId: a.userId } });

describe("one audit row per successful admin write, none for a failed one (real PostgreSQL)", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const failing = await makeUser(c.role);
      await expect(c.run(failing, false)).rejects.toMatchObject({ code: expect.stringMatching(/INVALID_INPUT|CONFLICT|NOT_FOUND/) });
      expect(await auditRowsBy(failing)).toBe(0);
      const succeeding = await makeUser(c.role);
      await c.run(succeeding, true);
      expect(await auditRowsBy(succeeding)).toBe(1);
    });
  }
});
