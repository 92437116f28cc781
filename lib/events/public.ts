import "server-only";
// Cached feed reads: scoped to the tags of what the feed covers.
import { cachedRead } from "@/lib/cache/cached";
import { TAGS } from "@/lib/cache/tags";
import { listFeedEvents, type FeedScope } from "./feed";

function tagsOf(scope: FeedScope): string[] {
  if (scope.initiative) return [TAGS.initiative(scope.initiative)];
  if (scope.topic) return [TAGS.topic(scope.topic), TAGS.topics];
  if (scope.jurisdiction) return [TAGS.jurisdiction(scope.jurisdiction)];
  return [TAGS.initiatives, TAGS.topics];
}

export const cachedFeedEvents = (scope: FeedScope) => cachedRead(["feed", scope], tagsOf(scope), () => listFeedEvents(scope));
