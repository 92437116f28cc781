// How API token secrets are stored: their SHA-256, hex. The one definition, shared by minting
// (create-token.ts) and checking (lib/auth/session.ts); importing it needs no Next or Auth.js.
import { createHash } from "node:crypto";

export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
