// A link back to the initiative's overview in the admin console.
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/locales";

export function BackLink({ locale, href, children }: { locale: Locale; href: string; children: string }) {
  return (
    <p>
      <a className="back-link" href={localePath(locale, href)}>
        {children}
      </a>
    </p>
  );
}
