// 401: shown when a page, layout or form action under this segment calls unauthorized().
import { AccessDenied } from "@/app/_components/access-denied";
import { accessDeniedTexts } from "@/app/_components/access-denied-texts";

export default function Unauthorized() {
  return <AccessDenied kind="unauthorized" texts={accessDeniedTexts("unauthorized")} />;
}
