// A real OpenID Provider (the `oidc-provider` package) for the sign-in tests, on E2E_OIDC_PORT
// (3904 by default). Its development login form takes any login: the login names the person as
// "<email>" (address verified) or "unverified:<email>" (the provider does not vouch for it).
import type { Server } from "node:http";
import Provider from "oidc-provider";

export const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 3904);
export const OIDC_CLIENT = { id: "threshold-e2e", secret: "threshold-e2e-client-secret-0123456789" };

export async function startOidcProvider(redirectUri: string): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const issuer = `http://localhost:${oidcPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Claims in the ID token itself, which Auth.js reads.
    conformIdTokenClaims: false,
    async findAccount(_ctx, id) {
      const unverified = id.startsWith("unverified:");
      const email = unverified ? id.slice("unverified:".length) : id;
      return { accountId: id, claims: () => ({ sub: id, email, email_verified: !unverified, name: email.split("@")[0] }) };
    },
  });
  const server: Server = provider.listen(oidcPort);
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
