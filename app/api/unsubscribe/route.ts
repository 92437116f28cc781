// /api/unsubscribe?token= - one-click unsubscribe (RFC 8058): mail clients POST here; a person who
// clicks the link gets the confirmation page (a GET never changes anything: link scanners click).
// Mail providers post from their own servers, without an Origin: the signed token is the proof.
import { z } from "zod";
import { env } from "@/lib/env";
import { KB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { localeOf } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { unsubscribeUser } from "@/lib/notifications/unsubscribe";

const ZTokenQuery = z.object({ token: z.string().max(2000).optional() });
const ZUnsubscribeForm = z.object({
  token: z.string().max(2000).optional(),
  locale: z.string().optional(),
  "List-Unsubscribe": z.string().optional(),
});

const pageFor = (token: string | undefined, query = "") => `/unsubscribe?token=${encodeURIComponent(token ?? "")}${query}`;

export const GET = defineRoute({ access: "public", query: ZTokenQuery }, async ({ query }) =>
  Response.redirect(new URL(pageFor(query.token), env().APP_URL), 303),
);

export const POST = defineRoute(
  {
    access: "public",
    query: ZTokenQuery,
    body: ZUnsubscribeForm,
    bodyType: "form",
    maxBodyBytes: 4 * KB,
    sameOrigin: false,
    errors: "html",
  },
  async ({ query, body }) => {
    const token = body.token || query.token || "";
    const done = await unsubscribeUser(token);
    // Mail clients (List-Unsubscribe=One-Click) only need the status; people get the page.
    if (body["List-Unsubscribe"] === "One-Click") return new Response(null, { status: done ? 200 : 400 });
    const locale = localeOf(body.locale);
    return Response.redirect(new URL(localePath(locale, pageFor(token, `&done=${done ? 1 : 0}`)), env().APP_URL), 303);
  },
);
