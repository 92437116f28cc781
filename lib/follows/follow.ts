import "server-only";
// Following and unfollowing. Idempotent: following twice is one follow; unfollowing what you do not
// follow is fine. Only the signed-in person can change their own follows.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireUser, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import type { EventKind } from "@/lib/generated/prisma/enums";
import { ZFollowInput, ZFollowKindsInput, type TFollowInput } from "./schemas";

async function resolveTarget(input: TFollowInput) {
  switch (input.target) {
    case "initiative": {
      const i = await db().initiative.findUnique({ where: { slug: input.id }, select: { id: true, withdrawnAt: true } });
      if (!i || i.withdrawnAt) throw new AppError("NOT_FOUND", { issues: [fieldIssue("id", "unknown")] });
      return { target: "INITIATIVE" as const, initiativeId: i.id };
    }
    case "topic": {
      const t = await db().topic.findUnique({ where: { slug: input.id }, select: { id: true } });
      if (!t) throw new AppError("NOT_FOUND", { issues: [fieldIssue("id", "unknown")] });
      return { target: "TOPIC" as const, topicId: t.id };
    }
    case "jurisdiction": {
      const j = await db().jurisdiction.findUnique({ where: { code: input.id }, select: { id: true } });
      if (!j) throw new AppError("NOT_FOUND", { issues: [fieldIssue("id", "unknown")] });
      return { target: "JURISDICTION" as const, jurisdictionId: j.id };
    }
  }
}

export async function follow(actor: Actor | null, input: TFollowInput) {
  const user = requireUser(actor);
  const target = await resolveTarget(parseInput(ZFollowInput, input));
  try {
    await db().follow.create({ data: { userId: user.userId, ...target } });
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e; // already following
  }
  return { following: true };
}

export async function unfollow(actor: Actor | null, input: TFollowInput) {
  const user = requireUser(actor);
  const target = await resolveTarget(parseInput(ZFollowInput, input));
  const { target: _kind, ...where } = target;
  await db().follow.deleteMany({ where: { userId: user.userId, ...where } });
  return { following: false };
}

export async function isFollowing(actor: Actor | null, input: TFollowInput): Promise<boolean> {
  const user = requireUser(actor);
  const { target: _kind, ...where } = await resolveTarget(parseInput(ZFollowInput, input));
  return (await db().follow.count({ where: { userId: user.userId, ...where } })) > 0;
}

/** Chooses which kinds of event one follow brings (none: everything the preferences allow). */
export async function setFollowKinds(actor: Actor | null, input: unknown): Promise<{ eventKinds: EventKind[] }> {
  const user = requireUser(actor);
  const data = parseInput(ZFollowKindsInput, input);
  const { target: _kind, ...where } = await resolveTarget(data);
  const eventKinds = [...new Set(data.eventKinds)];
  const { count } = await db().follow.updateMany({ where: { userId: user.userId, ...where }, data: { eventKinds } });
  if (count === 0) throw new AppError("NOT_FOUND", { issues: [fieldIssue("id", "unknown")] });
  return { eventKinds };
}
