// 401: shown when a page, layout or form action under this segment calls unauthorized().
import { AccessDenied } from "@/app/_components/access-denied";

export default function Unauthorized() {
  return <AccessDenied kind="unauthorized" />;
}
