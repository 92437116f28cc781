// GET /api/v1/initiatives/[slug] - public status of one initiative (everything the status page shows)
import { AppError } from "@/lib/errors/app-error";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { corsPreflight, publicJson } from "@/lib/http/responses";
import { ZInitiativeStatus } from "@/lib/initiatives/dto";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

export const GET = defineRoute({ access: "public", params: routeParams("slug"), cors: true }, async ({ params: { slug }, requestId }) => {
  const status = await cachedInitiativeStatus(slug);
  if (!status) throw new AppError("NOT_FOUND", { userMessage: `No initiative "${slug}".` });
  return publicJson(ZInitiativeStatus, status, requestId);
});
export const OPTIONS = corsPreflight;
