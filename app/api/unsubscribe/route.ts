// /api/unsubscribe?token= - one-click unsubscribe (RFC 8058): mail clients POST here; a person who
// clicks the link gets the confirmation page (a GET never changes anything: link scanners click).
import { env } from "@/lib/env";
import { unsubscribeUser } from "@/lib/notifications/unsubscribe";

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return Response.redirect(new URL(`/unsubscribe?token=${encodeURIComponent(token)}`, env().APP_URL), 303);
}

export async function POST(request: Request) {
  const url = new URL(request.url);
  let token = url.searchParams.get("token") ?? "";
  const form = await request.formData().catch(() => null);
  const fromForm = form?.get("token");
  if (typeof fromForm === "string" && fromForm) token = fromForm;
  const locale = form?.get("locale");
  const done = await unsubscribeUser(token);
  const page = `${typeof locale === "string" && /^(fi|sv)$/.test(locale) ? `/${locale}` : ""}/unsubscribe?token=${encodeURIComponent(token)}&done=${done ? 1 : 0}`;
  // Mail clients (List-Unsubscribe=One-Click) only need the status; people get the page.
  if (form?.get("List-Unsubscribe") === "One-Click") return new Response(null, { status: done ? 200 : 400 });
  return Response.redirect(new URL(page, env().APP_URL), 303);
}
