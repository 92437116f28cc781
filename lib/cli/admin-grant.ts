// npm run admin:grant -- someone@example.org: makes that person an admin (creating them if they
// have never signed in), audited as done from the command line. For bootstrapping the first admin.
import "dotenv/config";
import { userInfo } from "node:os";
import { systemActor } from "@/lib/auth/actor";
import { disconnectDb } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { grantAdmin } from "@/lib/users/grant-admin";

async function main(): Promise<number> {
  const email = process.argv[2];
  if (!email || process.argv.length > 3) {
    console.error("Usage: npm run admin:grant -- someone@example.org");
    return 2;
  }
  const result = await grantAdmin(systemActor(`cli:${userInfo().username}`), { email }, { via: "cli" });
  if (!result.changed) console.log(`${result.email} is already an admin.`);
  else console.log(`${result.email} is now an admin${result.created ? " (new account; they sign in with this address)" : ""}.`);
  return 0;
}

void main()
  .catch((e: unknown) => {
    console.error(isAppError(e) ? `${e.userMessage}${e.issues ? ` ${e.issues.map((i) => i.message).join("; ")}` : ""}` : e);
    return 1;
  })
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  });
