import "server-only";
// Creating, changing, deleting a webhook subscription and rotating its secret: the owner only
// (anyone signed in may have webhooks; they are deleted with the account). The target is checked
// (https, public) whenever the URL is set. The secret is returned when created or rotated, once.
import { randomBytes } from "node:crypto";
import { requireUser, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { ownWebhook, toWebhookOut, webhookSelect } from "./queries";
import { ZWebhookInput, ZWebhookUpdate } from "./schemas";
import { checkWebhookTarget } from "./target";

/** A person may have this many subscriptions. */
export const MAX_WEBHOOKS_PER_PERSON = 20;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export async function createWebhook(actor: Actor | null, input: unknown) {
  const user = requireUser(actor);
  const data = parseInput(ZWebhookInput, input);
  const url = await checkWebhookTarget(data.url);
  if ((await db().webhookSubscription.count({ where: { userId: user.userId } })) >= MAX_WEBHOOKS_PER_PERSON)
    throw new AppError("CONFLICT", { userMessage: `You can have at most ${MAX_WEBHOOKS_PER_PERSON} webhooks.` });
  const secret = newWebhookSecret();
  const created = await db().webhookSubscription.create({
    data: {
      userId: user.userId,
      url,
      secret,
      events: [...new Set(data.events)],
      initiatives: [...new Set(data.initiatives)],
      topics: [...new Set(data.topics)],
      jurisdictions: [...new Set(data.jurisdictions)],
      description: data.description ?? null,
    },
    select: webhookSelect,
  });
  return { ...toWebhookOut(created), secret };
}

export async function updateWebhook(actor: Actor | null, id: string, input: unknown) {
  await ownWebhook(actor, id);
  const data = parseInput(ZWebhookUpdate, input);
  const url = data.url === undefined ? undefined : await checkWebhookTarget(data.url);
  const { enabled, ...fields } = data;
  const updated = await db().webhookSubscription.update({
    where: { id },
    data: {
      ...fields,
      ...(url ? { url } : {}),
      ...(enabled === true ? { disabledAt: null, disabledReason: null } : {}),
      ...(enabled === false ? { disabledAt: new Date(), disabledReason: "Turned off by its owner" } : {}),
    },
    select: webhookSelect,
  });
  return toWebhookOut(updated);
}

export async function deleteWebhook(actor: Actor | null, id: string): Promise<{ deleted: true }> {
  await ownWebhook(actor, id);
  await db().webhookSubscription.delete({ where: { id } });
  return { deleted: true };
}

/** A new secret, at once: messages signed from now on use it (retries too). */
export async function rotateWebhookSecret(actor: Actor | null, id: string) {
  await ownWebhook(actor, id);
  const secret = newWebhookSecret();
  const updated = await db().webhookSubscription.update({ where: { id }, data: { secret }, select: webhookSelect });
  return { ...toWebhookOut(updated), secret };
}
