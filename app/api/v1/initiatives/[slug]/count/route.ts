// GET /api/v1/initiatives/[slug]/count - the latest total only, for live counters (poll no faster
// than `pollSeconds`, which matches the response's max-age)
import { ZLiveCount } from "@/lib/counts/dto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { corsPreflight, publicJson } from "@/lib/http/responses";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

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
export const OPTIONS = corsPreflight;
