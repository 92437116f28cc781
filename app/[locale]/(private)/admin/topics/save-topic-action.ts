"use server";
// Server action: add a topic, or update one (by its slug).
import { defineFormAction, okState } from "@/lib/http/form-action";
import { saveTopic } from "@/lib/topics/save-topic";

export const saveTopicAction = defineFormAction({ role: "EDITOR" }, async ({ actor, input, ctx }) => {
  const { slug } = await saveTopic(actor, input, ctx);
  return okState({ slug });
});
