// Personal API tokens (the write API for admins; reading and webhooks for anyone signed in): what a token may do (scopes) and the inputs to manage them.
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { ZPlainText } from "@/lib/schemas/fields";

export const API_SCOPES = ["counts:write", "events:write", "read", "webhooks"] as const;
export type TApiScope = (typeof API_SCOPES)[number];
/** What anyone signed in may give their own tokens; the write scopes stay with admins. */
export const PERSONAL_SCOPES = ["read", "webhooks"] as const satisfies readonly TApiScope[];

export const ZCreateToken = z.object({
  name: ZPlainText.pipe(z.string().min(1, "Give the token a name, such as the script that will use it").max(80)),
  scopes: z.array(z.enum(API_SCOPES, { message: "Unknown scope" })).min(1, issue("scope")),
  expiresAt: z.coerce.date({ message: issue("date") }).optional(),
});
export type TCreateToken = z.input<typeof ZCreateToken>;

export const ZRevokeToken = z.object({ tokenId: z.string().min(1) });
