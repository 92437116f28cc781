// 403: shown when a page, layout or form action under this segment calls forbidden().
import { AccessDenied } from "@/app/_components/access-denied";
import { accessDeniedTexts } from "@/app/_components/access-denied-texts";

export default function Forbidden() {
  return <AccessDenied kind="forbidden" texts={accessDeniedTexts("forbidden")} />;
}
