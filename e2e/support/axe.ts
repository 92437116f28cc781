// The public pages' accessibility check: axe with the WCAG 2.2 AA rules, violations listed by rule
// and the first elements hit (an empty list passes).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}
