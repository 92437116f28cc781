// GET /robots.txt - crawl the public pages (listed in the sitemap); keep out of accounts, the admin
// console and sign-in.
import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { DISALLOWED } from "@/lib/site/robots";

// APP_URL is read when asked, not when built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: DISALLOWED }],
    sitemap: new URL("/sitemap.xml", env().APP_URL).toString(),
  };
}
