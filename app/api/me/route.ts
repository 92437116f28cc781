// GET /api/me - who is signed in (for the header's account link and notification bell); personal,
// never cached.
import { defineRoute } from "@/lib/http/define-route";
import { privateJson } from "@/lib/http/responses";
import { unreadCount } from "@/lib/notifications/queries";

export const GET = defineRoute({ access: "public" }, async ({ session, requestId }) => {
  const actor = await session();
  const body = actor ? { signedIn: true, email: actor.email, role: actor.role, unread: await unreadCount(actor) } : { signedIn: false };
  return privateJson(200, body, requestId);
});
