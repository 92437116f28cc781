import "server-only";
// Cached reads of topics and their timelines.
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import { findTopic, findTopicNeighbours, listTopics } from "./queries";

export const cachedTopics = () => cachedRead(["topics"], [TAGS.topics, TAGS.initiatives], () => listTopics());
export const cachedTopic = (slug: string) => cachedRead(["topic", slug], [TAGS.topic(slug), TAGS.topics], () => findTopic(slug));
export const cachedTopicNeighbours = (slug: string, topicSlugs: string[], limit: number) =>
  cachedRead(["topic-neighbours", slug, topicSlugs, limit], [TAGS.initiative(slug), TAGS.topics, ...topicSlugs.map(TAGS.topic)], () =>
    findTopicNeighbours(slug, topicSlugs, limit),
  );
