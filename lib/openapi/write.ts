// OpenAPI paths of the write API (POST counts and events), generated from the same zod schemas as
// the handlers. Merged into the document by lib/openapi/document.ts.
import { z } from "zod";
import type { ZodOpenApiPathsObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { ZCountsRequest, ZCountsResponse } from "@/lib/counts/schemas";
import { ZResponseInput, ZResponseResponse } from "@/lib/responses/schemas";
import { ZStageEventInput, ZStageEventResponse } from "@/lib/stages/schemas";
import { ZErrorEnvelope } from "./error";

/** The security scheme the write API uses; lib/openapi/document.ts adds it to `components`. */
export const writeSecuritySchemes = {
  apiToken: {
    type: "http",
    scheme: "bearer",
    description:
      "A personal API token (thr_...). It acts as its owner within its scopes: counts:write and events:write (stage events and responses; editors and admins; from /admin/tokens or `npm run admin:token`), read and webhooks (anyone signed in).",
  },
  session: {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description:
      "The session of an editor or admin signed in to this site, accepted only from this site's own pages (the request's Origin must be the site's). On https the cookie is named __Secure-authjs.session-token.",
  },
} as const;

/** Who may write: a token, or a same-origin session (either one). */
const WRITE_SECURITY: Record<string, string[]>[] = [{ apiToken: [] }, { session: [] }];

const error = (description: string) => ({ description, content: { "application/json": { schema: ZErrorEnvelope } } });
const errors: ZodOpenApiResponsesObject = {
  "400": error("The body is not JSON, or too large"),
  "401": error("No valid token or session (or a session without a same-origin Origin header)"),
  "403": error("The person is not an editor or admin, or the token lacks the scope"),
  "404": error("There is no initiative with this slug"),
  "422": error("Some fields are not valid, or the Idempotency-Key was already used with a different request; nothing was stored"),
  "503": {
    description:
      "The database is briefly unavailable (restart, failover, every connection busy); nothing was stored. Retry after `Retry-After` seconds, with the same Idempotency-Key",
    headers: { "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer" as const } } },
    content: { "application/json": { schema: ZErrorEnvelope } },
  },
};
const path = {
  path: z.object({ slug: z.string().describe("The initiative's slug, as in /initiatives/{slug}") }),
  header: z.object({
    "Idempotency-Key": z
      .string()
      .regex(/^[\x21-\x7e]{1,255}$/)
      .optional()
      .describe(
        "Any unique string of 1-255 visible ASCII characters (a UUID, say) chosen by the caller for this write. Retrying with the same key (after a timeout, a lost connection or a 503) carries the write out at most once: a retry of a stored write gets its answer again, marked `Idempotent-Replayed: true`. The same key with a different request is 422. Keys are per caller and kept 24 hours.",
      ),
  }),
};
const headers = {
  "Cache-Control": { description: "Always `private, no-store`", schema: { type: "string" as const } },
  "X-Request-Id": { description: "Quote it when reporting a problem", schema: { type: "string" as const } },
};

export const writePaths: ZodOpenApiPathsObject = {
  "/api/v1/initiatives/{slug}/counts": {
    post: {
      operationId: "recordCounts",
      tags: ["Write API"],
      summary: "Record a signature count, or a batch of counts",
      description:
        "Send one observation, or `{ observations: [...] }` (up to 5,000). A batch is stored all or nothing. Counts are append-only: to correct one, send a new observation with `supersedesId` and `correctionReason`. `value` is a whole number from 0 to 1,000,000,000; `observedAt` an ISO 8601 date-time, at most 5 minutes in the future; `region` one of the initiative's rules (empty for the whole initiative). Text must not contain HTML. Data-quality flags (a decrease, a jump, regions not adding up, an out-of-order count) never block a write; they are returned for an editor to review. The public status page shows the new count on its next request.",
      security: WRITE_SECURITY,
      requestParams: path,
      requestBody: { required: true, content: { "application/json": { schema: ZCountsRequest } } },
      responses: {
        "201": { description: "Stored", headers, content: { "application/json": { schema: ZCountsResponse } } },
        "409": error("A request with this Idempotency-Key was carried out but its answer was not kept (nothing was stored again)"),
        ...errors,
      },
    },
  },
  "/api/v1/initiatives/{slug}/events": {
    post: {
      operationId: "recordStageEvent",
      tags: ["Write API"],
      summary: "Record a stage event (the initiative moves to another stage of its process)",
      description:
        "Only the transitions the initiative's own rules allow are accepted, each stage once, and not before the current stage began. Send `expectedVersion` (the `version` from your last write) to be refused with 409 if someone else moved the initiative in between.",
      security: WRITE_SECURITY,
      requestParams: path,
      requestBody: { required: true, content: { "application/json": { schema: ZStageEventInput } } },
      responses: {
        "201": { description: "Recorded", headers, content: { "application/json": { schema: ZStageEventResponse } } },
        "409": error(
          "The initiative changed since `expectedVersion`, or a request with this Idempotency-Key was carried out but its answer was not kept",
        ),
        ...errors,
      },
    },
  },
  "/api/v1/initiatives/{slug}/responses": {
    post: {
      operationId: "publishResponse",
      tags: ["Write API"],
      summary: "Publish an official response or decision, with its vote tally",
      description:
        "One response per kind and date: sending the same kind and `respondedAt` again updates it (send `expectedVersion` to be refused with 409 if someone else changed it in between). A vote tally (`votesFor`, `votesAgainst`, `abstentions`, `absent`: whole numbers from 0) is accepted only on a DECISION or with a `decision`, and only as the deciding body published it. Followers are told of a new response once.",
      security: WRITE_SECURITY,
      requestParams: path,
      requestBody: { required: true, content: { "application/json": { schema: ZResponseInput } } },
      responses: {
        "201": { description: "Published", headers, content: { "application/json": { schema: ZResponseResponse } } },
        "200": { description: "Updated, or unchanged", headers, content: { "application/json": { schema: ZResponseResponse } } },
        "409": error(
          "The response changed since `expectedVersion`, or a request with this Idempotency-Key was carried out but its answer was not kept",
        ),
        ...errors,
      },
    },
  },
};
