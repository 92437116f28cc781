// 401: shown when a page, layout or form action of the account or admin pages calls unauthorized().
// It lives in this route group, not beside the locale layout: a boundary's component travels in the
// payload of every page under it, so the public pages would load its script for nothing.
import { AccessDenied } from "@/app/_components/access-denied";
import { accessDeniedTexts } from "@/app/_components/access-denied-texts";

export default function Unauthorized() {
  return <AccessDenied kind="unauthorized" texts={accessDeniedTexts("unauthorized")} />;
}
