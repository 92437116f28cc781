"use server";
// Server action: add an event to a topic's timeline (a decision outside the tracked initiatives).
import { defineFormAction, okState } from "@/lib/http/form-action";
import { addTopicEvent } from "@/lib/topics/save-topic";

export const addTopicEventAction = defineFormAction({ role: "EDITOR" }, async ({ actor, input, ctx }) => {
  const { created } = await addTopicEvent(actor, input, ctx);
  return okState({ created });
});
