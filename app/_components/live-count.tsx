"use client";
// The headline number, kept fresh while the page is open (react-query polling /count no faster
// than its max-age, paused in background tabs). Without JavaScript the server-rendered value stays.
import { useQuery } from "@tanstack/react-query";
import { liveCountQuery } from "@/lib/counts/query-options";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export function LiveCount({
  slug,
  initial,
  pollSeconds,
  locale,
  label,
}: {
  slug: string;
  initial: number;
  pollSeconds: number;
  locale: Locale;
  label: string;
}) {
  const { data } = useQuery({ ...liveCountQuery(slug, pollSeconds), initialData: undefined });
  const value = data?.value ?? initial;
  return (
    <span className="headline-number" title={label} data-testid="headline-number">
      {formatNumber(value, locale)}
    </span>
  );
}
