// GET /api/v1/topics - topics that group initiatives across jurisdictions
import { defineRoute } from "@/lib/http/define-route";
import { corsPreflight, publicJson } from "@/lib/http/responses";
import { ZTopicList } from "@/lib/topics/dto";
import { cachedTopics } from "@/lib/topics/public";

export const GET = defineRoute({ access: "public", cors: true }, async ({ requestId }) =>
  publicJson(ZTopicList, { items: await cachedTopics() }, requestId),
);
export const OPTIONS = corsPreflight;
