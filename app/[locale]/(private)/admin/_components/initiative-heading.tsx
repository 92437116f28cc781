// The top of every page about one initiative in the admin console: back to its overview, its
// title as a caption, and the page's own heading.
import type { ReactNode } from "react";
import { Loc } from "@/app/_components/loc";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { BackLink } from "./back-link";

export function InitiativeHeading({
  locale,
  slug,
  title,
  children,
}: {
  locale: Locale;
  slug: string;
  title: unknown;
  children: ReactNode;
}) {
  return (
    <>
      <BackLink locale={locale} href={`/admin/initiatives/${slug}`}>
        {getTranslator(locale)("admin.initiative.back")}
      </BackLink>
      <span className="caption">
        <Loc value={title} locale={locale} />
      </span>
      <h1>{children}</h1>
    </>
  );
}
