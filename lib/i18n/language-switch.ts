// The language switch's links are plain `?lang=fi` links on whatever page they sit: the layout
// that draws them is cached once for every page and cannot know the page's address, and a client
// island that reads the address would add its script to every page. proxy.ts answers such a link
// with a redirect to the same page in that language. The page's own query (a list's filters) is
// lost from a `?lang=` link, so it is taken back from the Referer when the Referer is this same
// page on this same host (browsers send it for same-origin links under our Referrer-Policy).
import { isLocale } from "./locales";
import { localePath, stripLocale } from "./paths";

export const LANGUAGE_PARAM = "lang";

/**
 * Where a `?lang=` request goes: the same path in that language, with the page's query (an unknown
 * language: the same page without the parameter). Null when there is no `lang`, or not a GET/HEAD.
 */
export function languageSwitchTarget(url: URL, method: string, headers: { referer: string | null; host: string | null }): URL | null {
  const to = url.searchParams.get(LANGUAGE_PARAM);
  if (to === null || (method !== "GET" && method !== "HEAD")) return null;
  const target = new URL(url);
  target.searchParams.delete(LANGUAGE_PARAM);
  // One leading slash, whatever the request's path held: "//host" would be another site's address.
  if (isLocale(to)) target.pathname = localePath(to, stripLocale(url.pathname)).replace(/^\/+/, "/");
  if (target.search === "" && headers.referer) {
    try {
      const from = new URL(headers.referer);
      if (from.host === headers.host && from.pathname === url.pathname) {
        from.searchParams.delete(LANGUAGE_PARAM);
        target.search = from.search;
      }
    } catch {
      // not an address: no query to keep
    }
  }
  return target;
}
