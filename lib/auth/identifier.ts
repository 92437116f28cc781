// A sign-in identifier is exactly one email address, nothing else: no second recipient (commas,
// semicolons, spaces), no display name or quoted part ("Name <a@x.org>"), no control characters
// (CR/LF would be header injection), no routing syntax (% and !), at most 254 characters. The
// domain may be written in Unicode and is stored as its ASCII (punycode) form, so a look-alike
// character reaches the mail server as the different domain it is. Pure (server: node:url).
import { domainToASCII } from "node:url";

export const SIGN_IN_EMAIL_ERRORS = ["missing", "several", "display-name", "too-long", "format"] as const;
export type TSignInEmailError = (typeof SIGN_IN_EMAIL_ERRORS)[number];
export type TSignInEmail = { ok: true; email: string } | { ok: false; error: TSignInEmailError };

const LOCAL = /^[a-z0-9#$&'*+/=?^_`{|}~-]+(?:\.[a-z0-9#$&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function parseSignInEmail(raw: unknown): TSignInEmail {
  if (Array.isArray(raw) && raw.length > 1) return { ok: false, error: "several" };
  if (typeof raw !== "string" || raw.trim() === "") return { ok: false, error: "missing" };
  if (raw.length > 320) return { ok: false, error: "too-long" };
  // Control characters anywhere (CR, LF, NUL, tab), before any trimming could hide them.
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(raw)) return { ok: false, error: "format" };
  const value = raw.trim().toLowerCase();
  if ((value.match(/@/g) ?? []).length > 1 && /[,;\s]/.test(value)) return { ok: false, error: "several" };
  if (/[<>"()]/.test(value)) return { ok: false, error: "display-name" };
  if (/[,;\s]/.test(value)) return { ok: false, error: "format" };
  const at = value.lastIndexOf("@");
  const local = value.slice(0, at);
  if (at < 1 || local.includes("@") || local.length > 64 || !LOCAL.test(local)) return { ok: false, error: "format" };
  const domain = domainToASCII(value.slice(at + 1));
  if (!domain || !DOMAIN.test(domain)) return { ok: false, error: "format" };
  const email = `${local}@${domain}`;
  if (email.length > 254) return { ok: false, error: "too-long" };
  return { ok: true, email };
}
