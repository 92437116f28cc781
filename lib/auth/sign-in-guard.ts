import "server-only";
// Every path that sends a sign-in email passes this one guard, in this order: the request comes
// from our own pages (the one same-origin rule, lib/auth/same-origin.ts: a form on another site
// cannot send our Origin), the identifier is exactly one address (lib/auth/identifier.ts), and the client, the address
// and the site are within their limits (lib/auth/rate-limit.ts). Used by POST /auth/signin/email
// and by the wrapper around Auth.js's own POST /api/auth/signin/<provider> (lib/http/auth-route.ts).
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue, type IssueCode } from "@/lib/errors/issues";
import { parseSignInEmail, type TSignInEmailError } from "./identifier";
import { clientIp, consumeSignInAttempt } from "./rate-limit";
import { isSameOrigin } from "./same-origin";

export const SIGN_IN_EMAIL_MESSAGES: Record<TSignInEmailError, string> = {
  missing: "Enter your email address",
  several: "Enter one email address only",
  "display-name": "Enter the email address alone, without a name, quotes or angle brackets",
  "too-long": "An email address has at most 254 characters",
  format: "Enter an email address in the right format, like name@example.com",
};

/** The issue code of each reason (their texts in every language: lib/i18n/messages/issues.ts). */
const SIGN_IN_EMAIL_ISSUES: Record<TSignInEmailError, IssueCode> = {
  missing: "required",
  several: "emailSeveral",
  "display-name": "emailDisplayName",
  "too-long": "emailTooLong",
  format: "email",
};

/** The normalised address to send a link to; AppError FORBIDDEN, INVALID_INPUT or RATE_LIMITED otherwise. */
export async function guardSignInEmail(request: Request, rawEmail: unknown): Promise<string> {
  if (!isSameOrigin(request)) {
    throw new AppError("FORBIDDEN", { userMessage: "Sign-in links can only be requested from this site's own sign-in page." });
  }
  const parsed = parseSignInEmail(rawEmail);
  if (!parsed.ok) {
    throw new AppError("INVALID_INPUT", {
      userMessage: "The email address is not valid.",
      issues: [{ ...fieldIssue("email", SIGN_IN_EMAIL_ISSUES[parsed.error]), message: SIGN_IN_EMAIL_MESSAGES[parsed.error] }],
      details: { reason: parsed.error },
    });
  }
  await consumeSignInAttempt(clientIp(request), parsed.email);
  return parsed.email;
}
