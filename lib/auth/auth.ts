// Sign-in with Auth.js v5: email magic links (single use, valid MAGIC_LINK_MINUTES) and an
// optional OpenID Connect provider from env, with database sessions that end after
// SESSION_IDLE_DAYS without use and SESSION_MAX_DAYS after sign-in whatever happens.
import NextAuth, { type DefaultSession } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { db } from "@/lib/db";
import { authSecret, env } from "@/lib/env";
import type { TRole } from "./actor";
import { sessionAdapter } from "./adapter";
import { parseSignInEmail } from "./identifier";
import { sendSignInLink } from "./send-sign-in-link";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: TRole; locale: string } & DefaultSession["user"];
  }
}

const DAY = 86_400;

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const e = env();
  const oidc =
    e.OIDC_ISSUER && e.OIDC_CLIENT_ID
      ? [
          {
            id: "oidc",
            name: e.OIDC_NAME,
            type: "oidc" as const,
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            // PKCE, state and nonce, each checked on the way back (a tampered one fails).
            checks: ["pkce", "state", "nonce"] as ("pkce" | "state" | "nonce")[],
            // An account that already exists with this address is linked, but only when the
            // provider vouches for the address (the signIn callback refuses unverified ones).
            allowDangerousEmailAccountLinking: true,
          },
        ]
      : [];
  return {
    adapter: sessionAdapter(),
    secret: authSecret(),
    // No trustHost here: env() has put AUTH_URL (default APP_URL) in process.env, which Auth.js
    // takes as its base URL for every link and redirect (and, by its own rule, trusts it because
    // it is configured). No Host or X-Forwarded-Host header is ever used to build a URL.
    session: { strategy: "database", maxAge: e.SESSION_IDLE_DAYS * DAY, updateAge: 12 * 3600 },
    providers: [
      Nodemailer({
        id: "email",
        server: e.SMTP_URL ?? { jsonTransport: true },
        from: e.MAIL_FROM,
        maxAge: e.MAGIC_LINK_MINUTES * 60,
        sendVerificationRequest: sendSignInLink,
        // Exactly one address, whatever path reached Auth.js (the guard checked it already).
        normalizeIdentifier: (identifier) => {
          const parsed = parseSignInEmail(identifier);
          if (!parsed.ok) throw new Error(`Invalid sign-in identifier (${parsed.error})`);
          return parsed.email;
        },
      }),
      ...oidc,
    ],
    pages: { signIn: "/auth/signin", verifyRequest: "/auth/check-email", error: "/auth/error" },
    callbacks: {
      // OpenID Connect: only addresses the provider has verified, so that signing in with the
      // provider can never take over an account someone else made with that address.
      signIn({ account, profile }) {
        if (account?.type === "oidc" && profile?.email_verified !== true) return "/auth/error?error=UnverifiedEmail";
        return true;
      },
      session({ session, user }) {
        const u = user as typeof user & { role: TRole; locale: string };
        session.user.id = u.id;
        session.user.role = u.role;
        session.user.locale = u.locale;
        return session;
      },
    },
    events: {
      // Addresses in ADMIN_EMAILS become admins when they sign in (never demoted here).
      async signIn({ user }) {
        const email = user.email?.toLowerCase();
        if (email && user.id && e.ADMIN_EMAILS.includes(email)) {
          await db().user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
        }
      },
    },
  };
});
