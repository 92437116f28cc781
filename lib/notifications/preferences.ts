import "server-only";
// Per event kind, the channels a person hears about it on. Without a saved choice, the defaults:
// everything in the app, and email at once for everything but progress milestones.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Channel, EventKind } from "@/lib/generated/prisma/client";
import { requireUser, type Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors/parse-input";
import { CHANNELS, EVENT_KINDS } from "./kinds";

export const DEFAULT_CHANNELS: Record<EventKind, Channel[]> = {
  THRESHOLD_REACHED: ["IN_APP", "EMAIL_INSTANT"],
  STAGE_CHANGED: ["IN_APP", "EMAIL_INSTANT"],
  RESPONSE_PUBLISHED: ["IN_APP", "EMAIL_INSTANT"],
  DEADLINE_7_DAYS: ["IN_APP", "EMAIL_INSTANT"],
  DEADLINE_1_DAY: ["IN_APP", "EMAIL_INSTANT"],
  MILESTONE: ["IN_APP"],
  INITIATIVE_REGISTERED: ["IN_APP", "EMAIL_INSTANT"],
  TOPIC_EVENT_ADDED: ["IN_APP", "EMAIL_INSTANT"],
};

export type Preferences = Record<EventKind, Channel[]>;

export async function getPreferences(userId: string): Promise<Preferences> {
  const rows = await db().notificationPreference.findMany({ where: { userId } });
  const prefs = { ...DEFAULT_CHANNELS };
  for (const r of rows) prefs[r.eventKind] = r.channels;
  return prefs;
}

const ZChannels = z.array(z.enum(CHANNELS)).default([]);
export const ZPreferencesInput = z.object({
  THRESHOLD_REACHED: ZChannels,
  STAGE_CHANGED: ZChannels,
  RESPONSE_PUBLISHED: ZChannels,
  DEADLINE_7_DAYS: ZChannels,
  DEADLINE_1_DAY: ZChannels,
  MILESTONE: ZChannels,
  INITIATIVE_REGISTERED: ZChannels,
  TOPIC_EVENT_ADDED: ZChannels,
}) satisfies z.ZodType<Record<EventKind, Channel[]>>;

export async function savePreferences(actor: Actor | null, input: unknown): Promise<Preferences> {
  const user = requireUser(actor);
  const data: Preferences = parseInput(ZPreferencesInput, input);
  await db().$transaction(
    EVENT_KINDS.map((kind) =>
      db().notificationPreference.upsert({
        where: { userId_eventKind: { userId: user.userId, eventKind: kind } },
        create: { userId: user.userId, eventKind: kind, channels: [...new Set(data[kind])] },
        update: { channels: [...new Set(data[kind])] },
      }),
    ),
  );
  return getPreferences(user.userId);
}

/** Turns every email channel off (unsubscribe); in-app notifications stay. */
export async function stopAllEmail(userId: string): Promise<void> {
  const current = await getPreferences(userId);
  await db().$transaction(
    EVENT_KINDS.map((kind) => {
      const channels = current[kind].filter((c) => c === "IN_APP");
      return db().notificationPreference.upsert({
        where: { userId_eventKind: { userId, eventKind: kind } },
        create: { userId, eventKind: kind, channels },
        update: { channels },
      });
    }),
  );
}
