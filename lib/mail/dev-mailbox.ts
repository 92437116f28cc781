import "server-only";
// The development mailbox: the latest emails, only when mail is not really sent (no SMTP_URL) and
// never in production. Returns null otherwise.
import { db } from "@/lib/db";
import { isDevMailbox } from "./transport";

export async function recentDevEmails(limit = 20) {
  if (!isDevMailbox()) return null;
  return db().emailOutbox.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, toAddress: true, subject: true, textBody: true, createdAt: true },
  });
}
