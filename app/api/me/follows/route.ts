// /api/me/follows - follow state for the follow button: GET ?target=&id=, POST and DELETE with a
// JSON { target, id }. Session only, same-origin (CSRF), personal (private, no-store).
import { actorForWrite, currentActor } from "@/lib/auth/session";
import { follow, isFollowing, unfollow } from "@/lib/follows/follow";
import { ZFollowInput } from "@/lib/follows/schemas";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { parseInput } from "@/lib/http/parse";
import { handle, parseQuery, PRIVATE_NO_STORE } from "@/lib/http/route";

const json = (body: unknown, requestId: string) =>
  Response.json(body, { headers: { "Cache-Control": PRIVATE_NO_STORE, "X-Request-Id": requestId } });

export const GET = handle(async (request, _ctx, requestId) => {
  const input = parseQuery(request, ZFollowInput);
  const actor = await currentActor();
  return json({ signedIn: Boolean(actor), following: actor ? await isFollowing(actor, input) : false }, requestId);
});

async function write(request: Request, requestId: string, op: typeof follow) {
  const actor = await actorForWrite(request, env().APP_URL);
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const input = parseInput(ZFollowInput, await request.json().catch(() => ({})));
  return json(await op(actor, input), requestId);
}

export const POST = handle((request, _ctx, requestId) => write(request, requestId, follow));
export const DELETE = handle((request, _ctx, requestId) => write(request, requestId, unfollow));
