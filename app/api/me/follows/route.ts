// /api/me/follows - follow state for the follow button: GET ?target=&id=, POST and DELETE with a
// JSON { target, id }; PATCH { target, id, eventKinds } chooses what one follow brings. Signed-in people, same-origin (CSRF), personal (private, no-store).
import { follow, isFollowing, setFollowKinds, unfollow } from "@/lib/follows/follow";
import { ZFollowInput, ZFollowKindsInput } from "@/lib/follows/schemas";
import { KB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { privateJson } from "@/lib/http/responses";

export const GET = defineRoute({ access: "public", query: ZFollowInput }, async ({ session, query, requestId }) => {
  const actor = await session();
  return privateJson(200, { signedIn: Boolean(actor), following: actor ? await isFollowing(actor, query) : false }, requestId);
});

const write = { access: "user", body: ZFollowInput, maxBodyBytes: 4 * KB } as const;
export const POST = defineRoute(write, async ({ actor, body, requestId }) => privateJson(200, await follow(actor, body), requestId));
export const DELETE = defineRoute(write, async ({ actor, body, requestId }) => privateJson(200, await unfollow(actor, body), requestId));
export const PATCH = defineRoute({ access: "user", body: ZFollowKindsInput, maxBodyBytes: 4 * KB }, async ({ actor, body, requestId }) =>
  privateJson(200, await setFollowKinds(actor, body), requestId),
);
