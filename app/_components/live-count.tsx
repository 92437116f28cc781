"use client";
// The headline number, kept fresh while the page is open (react-query polling /count no faster
// than its max-age, paused in background tabs). Without JavaScript the server-rendered value stays.
// Numbers are written with the Intl locale the server names (lib/i18n/format.ts's intlLocale), so
// the same digits come out on both sides without the formatting module in the page's scripts.
import { useQuery } from "@tanstack/react-query";
import { liveCountQuery } from "@/lib/counts/query-options";

export function LiveCount({
  slug,
  initial,
  pollSeconds,
  numberLocale,
  label,
}: {
  slug: string;
  initial: number;
  pollSeconds: number;
  numberLocale: string;
  label: string;
}) {
  const { data } = useQuery({ ...liveCountQuery(slug, pollSeconds), initialData: undefined });
  const value = data?.value ?? initial;
  return (
    <span className="headline-number" title={label} data-testid="headline-number">
      {value.toLocaleString(numberLocale)}
    </span>
  );
}
