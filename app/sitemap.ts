// GET /sitemap.xml - every public page in English, Finnish and Swedish, each with its hreflang
// alternates (lib/site/sitemap.ts).
import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { sitemapEntries } from "@/lib/site/sitemap";

// Rendered when asked (not at build time, which may have no database); the list itself is cached.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(env().APP_URL);
}
