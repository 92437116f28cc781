// npm run admin:token -- someone@example.org [--name x] [--scope counts:write]...: mints a personal
// API token for that admin and prints it ALONE on the last line (so scripts can take `tail -n 1`).
// The token is shown once; only its hash is stored. Audited as done from the command line.
import "dotenv/config";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { systemActor } from "@/lib/auth/actor";
import { disconnectDb } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { createToken } from "@/lib/tokens/create-token";
import { API_SCOPES, type TCreateToken } from "@/lib/tokens/schemas";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" }, scope: { type: "string", multiple: true } },
  });
  const email = positionals[0];
  if (!email || positionals.length > 1) {
    console.error(
      `Usage: npm run admin:token -- someone@example.org [--name "newsroom script"] [--scope ${API_SCOPES.join("] [--scope ")}]`,
    );
    return 2;
  }
  // Untrusted: createToken parses them with ZCreateToken (an unknown scope is refused).
  const scopes = (values.scope?.length ? values.scope : [...API_SCOPES]) as TCreateToken["scopes"];
  const { token, secret, owner } = await createToken(
    systemActor(`cli:${userInfo().username}`),
    { name: values.name ?? `CLI token for ${email}`, scopes },
    { via: "cli" },
    { email },
  );
  console.log(`API token "${token.name}" for ${owner}, scopes ${token.scopes.join(", ")}. Store it now: it is not shown again.`);
  console.log(secret);
  return 0;
}

void main()
  .catch((e: unknown) => {
    console.error(isAppError(e) ? `${e.userMessage}${e.issues ? ` ${e.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}` : ""}` : e);
    return 1;
  })
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  });
