import "server-only";
// The magic-link email, in the language of the page the person signed in from. Sent at once (not
// through the worker, so signing in never waits for a queue) and recorded in the email outbox;
// the link itself is only kept there in development, for the development mailbox.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { localeOfPath, type Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { renderHtml, renderText, type MailBody } from "@/lib/mail/layout";
import { deliverMail, isDevMailbox } from "@/lib/mail/transport";

/** The language of the page the person signed in from (the link's callback). */
function localeOfLink(url: string): Locale {
  const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
  return localeOfPath(callback.startsWith("http") ? new URL(callback).pathname : callback);
}

export async function sendSignInLink(params: { identifier: string; url: string; token: string }): Promise<void> {
  const locale = localeOfLink(params.url);
  const t = getTranslator(locale);
  const body: MailBody = {
    paragraphs: [t("email.signInIntro", { minutes: String(env().MAGIC_LINK_MINUTES) }), t("email.signInIgnore")],
    action: { label: t("email.signInButton"), url: params.url },
    footer: [t("email.footer")],
  };
  const subject = t("email.signInSubject");
  const text = renderText(body);
  const html = renderHtml(body, locale);
  const dedupeKey = `signin:${createHash("sha256").update(params.token).digest("hex")}`;
  const keepBody = isDevMailbox();
  const row = await db().emailOutbox.create({
    data: {
      dedupeKey,
      toAddress: params.identifier,
      subject,
      textBody: keepBody ? text : "[sign-in link not stored]",
      htmlBody: keepBody ? html : null,
      status: "SENDING",
      attempts: 1,
    },
  });
  try {
    const { messageId } = await deliverMail({ to: params.identifier, subject, text, html });
    await db().emailOutbox.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), messageId } });
  } catch (e) {
    await db().emailOutbox.update({
      where: { id: row.id },
      data: { status: "FAILED", lastError: e instanceof Error ? e.message : String(e) },
    });
    throw e;
  }
}
