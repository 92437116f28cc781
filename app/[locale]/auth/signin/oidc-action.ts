"use server";
// Server action: sign in with the configured OpenID Connect provider, then come back to the page
// the person started from (only paths on this site).
import { signIn } from "@/lib/auth/auth";
import { safeCallback } from "@/lib/auth/callback";
import { definePlainAction } from "@/lib/http/form-action";
import { localePath } from "@/lib/i18n/paths";

export const signInWithOidcAction = definePlainAction(
  { role: "public", refused: (locale) => localePath(locale, "/auth/signin") },
  async ({ input, locale }) => {
    await signIn("oidc", { redirectTo: safeCallback(input.callbackUrl, localePath(locale, "/me")) });
  },
);
