// The OpenAPI 3.1 document of Threshold's API, generated from the same zod schemas that validate
// the responses (and the write API's requests), so the documentation cannot drift from the code.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { ZCountSeries, ZLiveCount } from "@/lib/counts/dto";
import { ZCountsQuery } from "@/lib/counts/schemas";
import { ZInitiativeList, ZInitiativeStatus } from "@/lib/initiatives/dto";
import { ZListQuery } from "@/lib/initiatives/schemas";
import { ZJurisdictionList } from "@/lib/jurisdictions/dto";
import { ZTopicList } from "@/lib/topics/dto";
import { ZErrorEnvelope } from "./error";
import { webhookEvents, webhookPaths } from "./webhooks";
import { writePaths, writeSecuritySchemes } from "./write";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ZErrorEnvelope) });
const slugParam = z.object({
  slug: z.string().meta({ description: "The initiative's slug, as in /initiatives/{slug}", example: "ottawa-withdrawal-2024" }),
});

// Public reads need no credentials: `security: []` says so explicitly (SDK generators otherwise
// assume the document's default).
const PUBLIC: Pick<ZodOpenApiOperationObject, "security" | "tags"> = { security: [], tags: ["Open data"] };

function read(
  operationId: string,
  summary: string,
  schema: z.ZodType,
  extra: Partial<ZodOpenApiOperationObject> = {},
): ZodOpenApiOperationObject {
  const responses: ZodOpenApiResponsesObject = {
    "200": { description: "OK (public, cacheable, CORS enabled)", content: json(schema) },
    "400": error("A query parameter is not valid"),
    "404": error("Not found"),
  };
  return { operationId, summary, ...PUBLIC, responses, ...extra };
}

function text(
  operationId: string,
  summary: string,
  type: string,
  extra: Partial<ZodOpenApiOperationObject> = {},
): ZodOpenApiOperationObject {
  return {
    operationId,
    summary,
    ...PUBLIC,
    responses: { "200": { description: "OK", content: { [type]: { schema: z.string() } } }, "404": error("Not found") },
    ...extra,
  };
}

function mergePaths(...sets: ZodOpenApiPathsObject[]): ZodOpenApiPathsObject {
  const out: ZodOpenApiPathsObject = {};
  for (const set of sets) for (const [path, item] of Object.entries(set)) out[path] = { ...out[path], ...item };
  return out;
}

export function openApiDocument(serverUrl: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Threshold API",
      version: "1.0.0",
      description:
        "Open data on petitions and citizens' initiatives: counts against every threshold with their time and source, stages, responses, statutory deadlines. Read endpoints are public, cacheable and CORS-enabled. Errors are JSON: { error: { code, message, issues? } }.",
      license: {
        name: "Data: see each source; UK petitions under the Open Government Licence v3.0",
        url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      },
    },
    servers: [{ url: serverUrl }],
    tags: [
      {
        name: "Open data",
        description: "Public, cacheable, CORS-enabled reads: no credentials, any origin. JSON, CSV, Atom, ICS and SVG.",
      },
      {
        name: "Write API",
        description:
          "Counts and stage events from newsroom and editor scripts: a bearer token (thr_...) with the right scope, or a browser session from this site's own pages.",
      },
      {
        name: "Webhooks",
        description:
          "Push instead of polling: subscribe a public https URL and receive signed messages (Standard Webhooks) when initiatives are registered, reach thresholds, change stage or get a response, and when topics get new events. A personal token with the webhooks scope (anyone signed in) or a session.",
      },
    ],
    webhooks: webhookEvents,
    components: { securitySchemes: writeSecuritySchemes },
    // The write API adds methods to some of the same paths (POST beside GET /counts).
    paths: mergePaths(writePaths, webhookPaths, {
      "/api/v1/initiatives": {
        get: read("listInitiatives", "List and search initiatives", ZInitiativeList, { requestParams: { query: ZListQuery } }),
      },
      "/api/v1/initiatives/{slug}": {
        get: read("getInitiative", "One initiative's public status", ZInitiativeStatus, { requestParams: { path: slugParam } }),
      },
      "/api/v1/initiatives/{slug}/count": {
        get: read("getLiveCount", "The latest total, for live counters", ZLiveCount, { requestParams: { path: slugParam } }),
      },
      "/api/v1/initiatives/{slug}/counts": {
        get: read("getCountSeries", "Count series by kind and region", ZCountSeries, {
          requestParams: { path: slugParam, query: ZCountsQuery },
        }),
      },
      "/api/v1/jurisdictions": { get: read("listJurisdictions", "Jurisdictions, their schemes and electoral terms", ZJurisdictionList) },
      "/api/v1/topics": { get: read("listTopics", "Topics", ZTopicList) },
      "/api/v1/initiatives.csv": {
        get: text("initiativesCsv", "Initiatives as CSV (same filters as the list)", "text/csv", {
          requestParams: { query: ZListQuery.omit({ cursor: true, limit: true }) },
        }),
      },
      "/api/v1/initiatives/{slug}/counts.csv": {
        get: text("countSeriesCsv", "Count series as CSV", "text/csv", { requestParams: { path: slugParam, query: ZCountsQuery } }),
      },
      "/feed.atom": { get: text("siteFeed", "Atom feed: thresholds reached, stage changes, responses", "application/atom+xml") },
      "/initiatives/{slug}/feed.atom": {
        get: text("initiativeFeed", "Atom feed of one initiative", "application/atom+xml", { requestParams: { path: slugParam } }),
      },
      "/initiatives/{slug}/calendar.ics": {
        get: text("initiativeCalendar", "Calendar: deadline, hearings, statutory due dates", "text/calendar", {
          requestParams: { path: slugParam },
        }),
      },
      "/initiatives/{slug}/badge.svg": {
        get: text("initiativeBadge", "Embeddable badge with the count and progress", "image/svg+xml", {
          requestParams: { path: slugParam },
        }),
      },
    }),
  });
}
