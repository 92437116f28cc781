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

function transport(): Transporter {
  const g = globalThis as unknown as Record<symbol, Transporter | undefined>;
  const url = env().SMTP_URL;
  g[KEY] ??= url ? nodemailer.createTransport(url) : nodemailer.createTransport({ jsonTransport: true });
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
