// Signing in the real way: the sign-in form, the email the SMTP server receives, the magic link.
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import type { SmtpCatcher } from "./smtp";

export const uniqueEmail = (prefix = "person") => `${prefix}-${randomUUID().slice(0, 8)}@example.org`;

export function magicLink(text: string): string {
  const match = text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/);
  if (!match) throw new Error(`No sign-in link in:\n${text}`);
  return match[0];
}

export async function requestLink(page: Page, smtp: SmtpCatcher, email: string, from = "/auth/signin"): Promise<string> {
  const before = smtp.to(email).length;
  await page.goto(from);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect.poll(() => smtp.to(email).length, { timeout: 10_000 }).toBeGreaterThan(before);
  return magicLink((smtp.to(email)[before] as { text: string }).text);
}

export async function signIn(page: Page, smtp: SmtpCatcher, email: string): Promise<void> {
  const link = await requestLink(page, smtp, email);
  await page.goto(link);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
}
