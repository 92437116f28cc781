import { describe, expect, it } from "vitest";
import { subscriptionWants, type EventAbout } from "./match";

const everything = { events: [], initiatives: [], topics: [], jurisdictions: [] };
const threshold: EventAbout = { type: "count.threshold_reached", initiative: "clean-air", topics: ["air"], jurisdiction: "fi" };

describe("which subscriptions an event goes to", () => {
  it("goes to a subscription that names nothing", () => {
    expect(subscriptionWants(everything, threshold)).toBe(true);
  });
  it("honours the event types named", () => {
    expect(subscriptionWants({ ...everything, events: ["count.threshold_reached"] }, threshold)).toBe(true);
    expect(subscriptionWants({ ...everything, events: ["stage.changed"] }, threshold)).toBe(false);
  });
  it("sends the opt-in count.recorded only to subscriptions that name it", () => {
    const recorded: EventAbout = { ...threshold, type: "count.recorded" };
    expect(subscriptionWants(everything, recorded)).toBe(false);
    expect(subscriptionWants({ ...everything, initiatives: ["clean-air"] }, recorded)).toBe(false);
    expect(subscriptionWants({ ...everything, events: ["count.recorded"] }, recorded)).toBe(true);
    expect(subscriptionWants({ ...everything, events: ["count.recorded"], initiatives: ["other"] }, recorded)).toBe(false);
    expect(subscriptionWants({ ...everything, events: ["count.threshold_reached"] }, recorded)).toBe(false);
  });
  it("needs the event to be about one of the initiatives, topics or jurisdictions named", () => {
    expect(subscriptionWants({ ...everything, initiatives: ["clean-air"] }, threshold)).toBe(true);
    expect(subscriptionWants({ ...everything, topics: ["air"] }, threshold)).toBe(true);
    expect(subscriptionWants({ ...everything, jurisdictions: ["fi"] }, threshold)).toBe(true);
    expect(subscriptionWants({ ...everything, initiatives: ["other"], topics: ["water"], jurisdictions: ["uk"] }, threshold)).toBe(false);
    const topicEvent: EventAbout = { type: "topic.event_added", initiative: null, topics: ["air"], jurisdiction: null };
    expect(subscriptionWants({ ...everything, jurisdictions: ["fi"] }, topicEvent)).toBe(false);
    expect(subscriptionWants({ ...everything, topics: ["air"], events: ["topic.event_added"] }, topicEvent)).toBe(true);
  });
});
