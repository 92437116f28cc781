// POST /follow - the follow form without JavaScript: anonymous visitors go to sign in and come back
// to the page; signed-in people follow and land on /me, which confirms it.
import { env } from "@/lib/env";
import { follow } from "@/lib/follows/follow";
import { ZFollowInput } from "@/lib/follows/schemas";
import { KB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { localeOf } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";

const PAGE: Record<string, string> = { initiative: "/initiatives/", topic: "/topics/", jurisdiction: "/jurisdictions/" };

export const POST = defineRoute(
  { access: "public", params: routeParams("locale"), body: ZFollowInput, bodyType: "form", maxBodyBytes: 4 * KB, errors: "html" },
  async ({ params, body, session }) => {
    const locale = localeOf(params.locale);
    const to = (path: string) => Response.redirect(new URL(path, env().APP_URL), 303);
    const actor = await session();
    if (!actor) {
      const back = localePath(locale, `${PAGE[body.target]}${body.id}`);
      return to(`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(back)}`);
    }
    await follow(actor, body);
    return to(`${localePath(locale, "/me")}?followed=${encodeURIComponent(`${body.target}:${body.id}`)}`);
  },
);
