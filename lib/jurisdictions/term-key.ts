// Electoral terms are named by their years ("2019-2023") in URLs and filters. Pure.
export function termKey(term: { startsOn: Date | string; endsOn: Date | string }): string {
  const year = (d: Date | string) => new Date(d).getUTCFullYear();
  return `${year(term.startsOn)}-${year(term.endsOn)}`;
}
