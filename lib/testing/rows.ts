// What tests outside lib/ read back from the database, or change behind the domain's back, to
// check what a request stored: named here so app/ never holds a Prisma query, even in a test.
import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";

const observationAudit = (initiativeId: string) => ({ initiativeId, action: { startsWith: "observation" } });

export const rows = {
  observations: (initiativeId: string) => db().countObservation.findMany({ where: { initiativeId } }),
  firstObservation: (initiativeId: string) => db().countObservation.findFirstOrThrow({ where: { initiativeId } }),
  observationCount: (initiativeId: string) => db().countObservation.count({ where: { initiativeId } }),
  observationAudit: (initiativeId: string) => db().auditEvent.findMany({ where: observationAudit(initiativeId) }),
  observationAuditCount: (initiativeId: string) => db().auditEvent.count({ where: observationAudit(initiativeId) }),
  stageEventCount: (initiativeId: string) => db().stageEvent.count({ where: { initiativeId } }),
  tokenOf: (userId: string) => db().apiToken.findFirstOrThrow({ where: { userId } }),
  idempotencyKeyCount: (key: string) => db().idempotencyKey.count({ where: { key } }),
};

/** Changes a person's role directly, as an admin elsewhere would have (no audit: a test's setup). */
export async function setRole(userId: string, role: UserActor["role"]): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { role } });
}
