// A jurisdiction's population is shown with its date and source, and the basis of percentage rules
// (Helsinki: residents entitled to vote, an estimate) is told apart from it, in every language.
import { axeViolations } from "./support/axe";
import { expect, test } from "./fixtures";

const SOURCE = "https://stat.hel.fi/pxweb/fi/Aluesarjat/Aluesarjat__vrm__vaerak/alu_vaerak_004t.px/";

test("Helsinki's page gives Statistics Finland's population with its date and source, and the 2 % rule's basis as an estimate", async ({
  page,
  request,
}) => {
  await page.goto("/jurisdictions/fi-helsinki");
  const population = page.getByTestId("population");
  await expect(population).toContainText("Residents: 684,018 on 31 December 2024.");
  await expect(population.getByRole("link", { name: /Statistics Finland \(Tilastokeskus\).*alu_vaerak_004t/ })).toHaveAttribute(
    "href",
    SOURCE,
  );
  await expect(page.getByTestId("electorate")).toHaveText(
    "Residents entitled to vote, counted for percentage rules: 550,000 on 13 April 2025. This is an estimate, not an official count.",
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/fi/jurisdictions/fi-helsinki");
  await expect(page.getByTestId("population")).toContainText("Asukkaita: 684");
  await expect(page.getByTestId("electorate")).toContainText("Luku on arvio, ei virallinen tieto.");

  const api = (await (await request.get("/api/v1/jurisdictions")).json()) as { items: Record<string, unknown>[] };
  expect(api.items.find((j) => j.code === "fi-helsinki")).toMatchObject({
    population: 684_018,
    populationAsOf: "2024-12-31T00:00:00.000Z",
    populationSourceUrl: SOURCE,
    electorate: 550_000,
    electorateIsEstimate: true,
  });
});
