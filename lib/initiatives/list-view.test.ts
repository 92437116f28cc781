import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, facetsOfView, facetView } from "./list-view";

const view = (query: string) => facetView(new URLSearchParams(query));

describe("facetView", () => {
  it("gives the default list, and the GET form's empty fields, the default view", () => {
    expect(view("")).toBe(DEFAULT_VIEW);
    expect(view("q=&jurisdiction=&stage=")).toBe(DEFAULT_VIEW);
  });

  it("names facet-only lists canonically, whatever the order of the parameters", () => {
    expect(view("status=open&jurisdiction=fi")).toBe("jurisdiction.fi_status.open");
    expect(view("jurisdiction=fi&status=open&q=")).toBe("jurisdiction.fi_status.open");
    expect(view("topic=housing&sort=count")).toBe("topic.housing_sort.count");
  });

  it("leaves searches, later pages, other parameters and odd values to per-request rendering", () => {
    expect(view("q=library")).toBeNull();
    expect(view("cursor=abc")).toBeNull();
    expect(view("limit=50")).toBeNull();
    expect(view("utm_source=x")).toBeNull();
    expect(view("jurisdiction=FI")).toBeNull();
    expect(view("jurisdiction=fi_x")).toBeNull();
    expect(view("jurisdiction=fi&jurisdiction=uk")).toBeNull();
  });
});

describe("facetsOfView", () => {
  it("reads back the facets of every canonical view", () => {
    expect(facetsOfView(DEFAULT_VIEW)).toEqual({});
    expect(facetsOfView("jurisdiction.fi_status.open")).toEqual({ jurisdiction: "fi", status: "open" });
  });

  it("refuses views that are not canonical, so each list has one cache entry", () => {
    expect(facetsOfView("status.open_jurisdiction.fi")).toBeNull();
    expect(facetsOfView("q.library")).toBeNull();
    expect(facetsOfView("jurisdiction.fi.x")).toBeNull();
    expect(facetsOfView("")).toBeNull();
  });
});
