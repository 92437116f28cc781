"use server";
// Server action: sign in with the configured OpenID Connect provider, then come back to the page
// the person started from (only paths on this site).
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { safeCallback } from "@/lib/auth/callback";
import { env } from "@/lib/env";
import { definePlainAction } from "@/lib/http/form-action";
import { localePath } from "@/lib/i18n/paths";

export const signInWithOidcAction = definePlainAction(
  { role: "public", refused: (locale) => localePath(locale, "/auth/signin") },
  async ({ input, locale }) => {
    // Only offered when a provider is configured; a post without one goes back to the form.
    if (!env().OIDC_ISSUER || !env().OIDC_CLIENT_ID) redirect(localePath(locale, "/auth/signin"));
    await signIn("oidc", { redirectTo: safeCallback(input.callbackUrl, localePath(locale, "/me")) });
  },
);
