import "server-only";
// Cached reads of topics and their timelines.
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import { findTopic, listTopics } from "./queries";

export const cachedTopics = () => cachedRead(["topics"], [TAGS.topics, TAGS.initiatives], () => listTopics());
export const cachedTopic = (slug: string) => cachedRead(["topic", slug], [TAGS.topic(slug), TAGS.topics], () => findTopic(slug));
