// The account and admin pages: rendered per request for one person, never cached. The group holds
// their 401 and 403 boundaries (./unauthorized.tsx); this layout adds nothing to the page.
import type { ReactNode } from "react";

export default function PrivateLayout({ children }: { children: ReactNode }) {
  return children;
}
