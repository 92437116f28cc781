import "server-only";
// Sending one email. With SMTP_URL, through that server; without it (development), the message is
// printed to the console and kept for the development mailbox (/dev/mailbox), so a newcomer can sign in.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  messageId?: string;
};

const KEY = Symbol.for("threshold.mail.transport");

/**
 * SMTP timeouts well below the outbox lease (EMAIL_LEASE_SECONDS), instead of nodemailer's 2 min
 * to connect and 10 min of socket silence: a stuck send fails and is retried, it never outlives
 * the lease (which is also renewed while a send runs, lib/notifications/deliver-email.ts).
 */
export function smtpTimeouts(leaseSeconds: number) {
  const cap = (ms: number) => Math.max(2000, Math.min(ms, (leaseSeconds * 1000) / 2));
  return { connectionTimeout: cap(10_000), greetingTimeout: cap(10_000), socketTimeout: cap(30_000) };
}

/**
 * SMTP_URL with the timeouts as query parameters: nodemailer ignores every other option passed
 * beside a URL. Timeouts the operator wrote into SMTP_URL are kept.
 */
export function smtpUrlWithTimeouts(url: string, leaseSeconds: number): string {
  const withTimeouts = new URL(url);
  for (const [name, ms] of Object.entries(smtpTimeouts(leaseSeconds)))
    if (!withTimeouts.searchParams.has(name)) withTimeouts.searchParams.set(name, String(ms));
  return withTimeouts.toString();
}

function transport(): Transporter {
  const g = globalThis as unknown as Record<symbol, Transporter | undefined>;
  const e = env();
  g[KEY] ??= e.SMTP_URL
    ? nodemailer.createTransport(smtpUrlWithTimeouts(e.SMTP_URL, e.EMAIL_LEASE_SECONDS))
    : nodemailer.createTransport({ jsonTransport: true });
  return g[KEY];
}

export function isDevMailbox(): boolean {
  return !env().SMTP_URL && env().NODE_ENV !== "production";
}

export async function deliverMail(mail: OutgoingMail): Promise<{ messageId: string }> {
  const info = (await transport().sendMail({
    from: env().MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    messageId: mail.messageId,
  })) as { messageId?: string };
  if (!env().SMTP_URL) {
    console.log(`\n[mail] (no SMTP_URL: not sent) to ${mail.to}: ${mail.subject}\n${mail.text}\n`);
  }
  return { messageId: info.messageId ?? mail.messageId ?? "" };
}
