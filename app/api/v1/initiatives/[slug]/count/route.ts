// GET /api/v1/initiatives/[slug]/count - the latest total only, for live counters (poll no faster
// than `pollSeconds`, which matches the response's max-age). Served from the server cache: the
// response is rendered once per change (ISR, tagged like the status page) and stored whole, so a
// poll costs no rendering work; it reads nothing from the request. Only GET: Next answers OPTIONS
// (a static route may export no other method), with the CORS headers of next.config.js.
import { ZLiveCount } from "@/lib/counts/dto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { publicJson } from "@/lib/http/responses";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

export const dynamic = "force-static";
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export const GET = defineRoute({ access: "public", params: routeParams("slug"), cors: true }, async ({ params: { slug }, requestId }) => {
  const status = await cachedInitiativeStatus(slug);
  if (!status) throw new AppError("NOT_FOUND", { userMessage: `No initiative "${slug}".` });
  const next = status.nextThreshold;
  return publicJson(
    ZLiveCount,
    {
      slug,
      value: status.latestTotal?.value ?? null,
      observedAt: status.latestTotal?.observedAt ?? null,
      source: status.latestTotal?.source ?? null,
      nextThreshold: next ? { code: next.code, label: next.label, target: next.target, share: next.share } : null,
      pollSeconds: env().PUBLIC_S_MAXAGE,
    },
    requestId,
  );
});
