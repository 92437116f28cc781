// 403: shown when a page, layout or form action of the account or admin pages calls forbidden()
// (in this route group for the reason given in ./unauthorized.tsx).
import { AccessDenied } from "@/app/_components/access-denied";
import { accessDeniedTexts } from "@/app/_components/access-denied-texts";

export default function Forbidden() {
  return <AccessDenied kind="forbidden" texts={accessDeniedTexts("forbidden")} />;
}
