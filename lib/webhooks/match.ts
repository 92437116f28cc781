// Which subscriptions an event goes to: the type must be one the subscription asked for (none named:
// every type but the opt-in ones), and when it names initiatives, topics or jurisdictions, the event
// must be about one of them. Pure.
import { isOptInEventType, type TWebhookEventType } from "./schemas";

export type WebhookFilter = { events: string[]; initiatives: string[]; topics: string[]; jurisdictions: string[] };
export type EventAbout = {
  type: TWebhookEventType | "webhook.test";
  initiative: string | null;
  topics: string[];
  jurisdiction: string | null;
};

export function subscriptionWants(sub: WebhookFilter, event: EventAbout): boolean {
  if (sub.events.length > 0 ? !sub.events.includes(event.type) : isOptInEventType(event.type)) return false;
  if (sub.initiatives.length + sub.topics.length + sub.jurisdictions.length === 0) return true;
  return (
    (event.initiative !== null && sub.initiatives.includes(event.initiative)) ||
    event.topics.some((t) => sub.topics.includes(t)) ||
    (event.jurisdiction !== null && sub.jurisdictions.includes(event.jurisdiction))
  );
}
