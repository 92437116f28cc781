// GET /api/me - who is signed in (for the header's account link and notification bell); personal,
// never cached.
import { currentActor } from "@/lib/auth/session";
import { handle, PRIVATE_NO_STORE } from "@/lib/http/route";
import { unreadCount } from "@/lib/notifications/queries";

export const GET = handle(async (_request, _ctx, requestId) => {
  const actor = await currentActor();
  const body = actor ? { signedIn: true, email: actor.email, role: actor.role, unread: await unreadCount(actor) } : { signedIn: false };
  return Response.json(body, { headers: { "Cache-Control": PRIVATE_NO_STORE, "X-Request-Id": requestId } });
});
