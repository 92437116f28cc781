// GET /dev/mailbox - development only (no SMTP_URL, not production): the emails the app would have
// sent, so a newcomer on the embedded database can sign in with the magic link.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { recentDevEmails } from "@/lib/mail/dev-mailbox";
import { localeFrom } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/translator";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("account.mailboxTitle"), robots: { index: false } };
}

export default async function DevMailboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFrom(params);
  const emails = await recentDevEmails();
  if (!emails) notFound();
  return (
    <>
      <h1>{t("account.mailboxTitle")}</h1>
      <p className="lead">{t("account.mailboxLead")}</p>
      {emails.length === 0 ? <p>{t("account.mailboxEmpty")}</p> : null}
      {emails.map((e) => (
        <article key={e.id} className="inset">
          <h2>{e.subject}</h2>
          <p className="small muted">
            {t("account.to")}: {e.toAddress} · {formatDateTime(e.createdAt, locale, "UTC")}
          </p>
          <pre style={{ whiteSpace: "pre-wrap" }} tabIndex={0}>
            {e.textBody}
          </pre>
        </article>
      ))}
    </>
  );
}
