// GET /api/v1/topics - topics that group initiatives across jurisdictions
import { corsPreflight, handle, publicJson } from "@/lib/http/route";
import { ZTopicList } from "@/lib/topics/dto";
import { cachedTopics } from "@/lib/topics/public";

export const GET = handle(async (_request, _ctx, requestId) => publicJson(ZTopicList, { items: await cachedTopics() }, requestId), {
  cors: true,
});
export const OPTIONS = corsPreflight;
