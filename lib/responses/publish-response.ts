import "server-only";
import { isDeepStrictEqual } from "node:util";
// Publishing an official response or outcome. One response per (initiative, kind, date): publishing
// again updates it (a government can edit its response text) with optimistic locking; only the
// first publication is announced to followers.
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, actorUserId, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateInitiativeOnCommit } from "@/lib/cache/invalidate";
import { emitEvents } from "@/lib/events/emit-event";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { VOTE_FIELDS, ZResponseInput } from "./schemas";
import type { InitiativeRef } from "@/lib/initiatives/lock";

export async function publishResponse(
  actor: Actor,
  ref: InitiativeRef,
  input: unknown,
  ctx: RequestContext,
  options: { source?: string } = {},
) {
  requireRole(actor, "EDITOR");
  const data = parseInput(ZResponseInput, input);
  return db().$transaction((tx) => publishResponseInTx(tx, actor, ref, data, ctx, options));
}

export async function publishResponseInTx(
  tx: Tx,
  actor: Actor,
  ref: InitiativeRef,
  data: ReturnType<typeof ZResponseInput.parse>,
  ctx: RequestContext,
  options: { source?: string } = {},
) {
  requireRole(actor, "EDITOR");
  const initiative = await tx.initiative.findUnique({
    where: "slug" in ref ? { slug: ref.slug } : { id: ref.id },
    include: { jurisdiction: true, scheme: true, topics: true },
  });
  if (!initiative) throw new AppError("NOT_FOUND", { userMessage: "There is no such initiative." });

  const key = { initiativeId: initiative.id, kind: data.kind, respondedAt: data.respondedAt };
  const existing = await tx.officialResponse.findUnique({ where: { initiativeId_kind_respondedAt: key } });
  const fields = {
    respondingBody: data.respondingBody,
    summary: data.summary,
    text: data.text ?? undefined,
    links: data.links as Prisma.InputJsonValue,
    decision: data.decision ?? null,
    votesFor: data.votesFor ?? null,
    votesAgainst: data.votesAgainst ?? null,
    abstentions: data.abstentions ?? null,
    absent: data.absent ?? null,
    sourceUrl: data.sourceUrl ?? null,
  };
  let response;
  if (existing) {
    if (data.expectedVersion !== undefined && data.expectedVersion !== existing.version) {
      throw new AppError("CONFLICT", {
        userMessage: "This response was changed while you were editing it. Review the changes and try again.",
        details: { currentVersion: existing.version },
      });
    }
    // jsonb does not keep key order: compare structurally.
    const normal = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    const unchanged = isDeepStrictEqual(normal(pick(existing)), normal(pick({ ...existing, ...fields, text: data.text ?? null })));
    if (unchanged) return { response: existing, created: false, changed: false };
    response = await tx.officialResponse.update({ where: { id: existing.id }, data: { ...fields, version: { increment: 1 } } });
  } else {
    response = await tx.officialResponse.create({
      data: { ...key, ...fields, source: options.source ?? (ctx.via === "api" ? "api" : "manual"), enteredById: actorUserId(actor) },
    });
    await emitEvents(tx, [
      {
        kind: "RESPONSE_PUBLISHED",
        initiativeId: initiative.id,
        dedupeKey: `response:${response.id}`,
        occurredAt: data.respondedAt,
        payload: {
          slug: initiative.slug,
          title: initiative.title,
          responseKind: data.kind,
          summary: data.summary,
          decision: data.decision ?? null,
        },
      },
    ]);
  }
  const audited = { entityId: response.id, initiativeId: initiative.id, after: pick(response) };
  await writeAudit(
    tx,
    actor,
    ctx,
    existing ? { action: "response.update", ...audited, before: pick(existing) } : { action: "response.create", ...audited },
  );
  await invalidateInitiativeOnCommit(tx, initiative);
  return { response, created: !existing, changed: true };
}

type Picked = Record<"respondingBody" | "summary" | "text" | "links" | "decision" | "sourceUrl" | (typeof VOTE_FIELDS)[number], unknown>;

function pick(r: Picked) {
  return {
    respondingBody: r.respondingBody,
    summary: r.summary,
    text: r.text ?? null,
    links: r.links,
    decision: r.decision ?? null,
    ...Object.fromEntries(VOTE_FIELDS.map((f) => [f, r[f] ?? null])),
    sourceUrl: r.sourceUrl ?? null,
  };
}
