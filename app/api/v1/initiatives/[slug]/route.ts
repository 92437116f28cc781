// GET /api/v1/initiatives/[slug] - public status of one initiative (everything the status page shows)
import { AppError } from "@/lib/http/errors";
import { corsPreflight, handle, publicJson } from "@/lib/http/route";
import { ZInitiativeStatus } from "@/lib/initiatives/dto";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

export const GET = handle<{ slug: string }>(
  async (_request, { params }, requestId) => {
    const { slug } = await params;
    const status = await cachedInitiativeStatus(slug);
    if (!status) throw new AppError("NOT_FOUND", { userMessage: `No initiative "${slug}".` });
    return publicJson(ZInitiativeStatus, status, requestId);
  },
  { cors: true },
);
export const OPTIONS = corsPreflight;
