import { describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { listFeedEvents } from "@/lib/events/feed";
import { follow, setFollowKinds } from "@/lib/follows/follow";
import { registerInitiative } from "@/lib/initiatives/register-initiative";
import { makeUser, testActor, unique } from "@/lib/testing/factories";
import { addTopicEvent, saveTopic } from "@/lib/topics/save-topic";
import { fanOutEvent } from "./fan-out";

const web = { via: "web" } as const;

async function makeTopic() {
  const slug = unique("topic");
  await saveTopic(testActor, { slug, name: { en: `Topic ${slug}`, fi: `Aihe ${slug}`, sv: `Ämne ${slug}` } }, web);
  return slug;
}

async function userIn(locale: "en" | "fi" | "sv"): Promise<UserActor> {
  const user = await makeUser();
  await db().user.update({ where: { id: user.userId }, data: { locale } });
  return user;
}

async function fanOutOnce(eventId: bigint) {
  expect((await fanOutEvent(eventId)).status).toBe("done");
  const notified = await db().notification.findMany({ where: { eventId }, select: { userId: true, inApp: true } });
  const emails = await db().emailOutbox.findMany({ where: { dedupeKey: { startsWith: `notification:${eventId}:` } } });
  // A retry or a restarted worker adds nothing.
  await db().domainEvent.update({ where: { id: eventId }, data: { fannedOutAt: null } });
  await fanOutEvent(eventId);
  expect(await db().notification.count({ where: { eventId } })).toBe(notified.length);
  expect(await db().emailOutbox.count({ where: { dedupeKey: { startsWith: `notification:${eventId}:` } } })).toBe(emails.length);
  return { notified, emails, emailTo: (u: UserActor) => emails.filter((e) => e.userId === u.userId) };
}

describe("alerts for topic and jurisdiction followers (real PostgreSQL)", () => {
  it("tells followers of a new initiative's topics and jurisdiction, once each, in their language", async () => {
    const topic = await makeTopic();
    const otherTopic = await makeTopic();
    const [topicFinn, bothSwede, placeEnglish, onlyTopicEvents, stranger] = await Promise.all([
      userIn("fi"),
      userIn("sv"),
      userIn("en"),
      userIn("en"),
      userIn("en"),
    ]);
    await follow(topicFinn, { target: "topic", id: topic });
    await follow(bothSwede, { target: "topic", id: topic });
    await follow(bothSwede, { target: "jurisdiction", id: "fi" });
    await follow(placeEnglish, { target: "jurisdiction", id: "fi" });
    await follow(onlyTopicEvents, { target: "topic", id: topic });
    await setFollowKinds(onlyTopicEvents, { target: "topic", id: topic, eventKinds: ["TOPIC_EVENT_ADDED"] });
    await follow(stranger, { target: "topic", id: otherTopic });

    const slug = unique("registered");
    const created = await registerInitiative(
      testActor,
      {
        slug,
        schemeCode: "fi-citizens-initiative",
        title: { en: `New ${slug}`, fi: `Uusi ${slug}` },
        summary: { en: "A test." },
        topicSlugs: [topic],
      },
      web,
    );
    const event = await db().domainEvent.findUniqueOrThrow({ where: { dedupeKey: `registered:${created.id}` } });
    expect(event.kind).toBe("INITIATIVE_REGISTERED");

    const { notified, emailTo } = await fanOutOnce(event.id);
    const ids = notified.map((n) => n.userId);
    expect(ids).toEqual(expect.arrayContaining([topicFinn.userId, bothSwede.userId, placeEnglish.userId]));
    expect(ids).not.toContain(onlyTopicEvents.userId);
    expect(ids).not.toContain(stranger.userId);
    expect(ids.filter((id) => id === bothSwede.userId)).toHaveLength(1);
    expect(notified.every((n) => n.inApp)).toBe(true);

    expect(emailTo(topicFinn).map((e) => e.subject)).toEqual([`Uusi aloite (Suomi): Uusi ${slug}`]);
    expect(emailTo(bothSwede).map((e) => e.subject)).toEqual([`Nytt initiativ (Finland): New ${slug}`]);
    expect(emailTo(placeEnglish).map((e) => e.subject)).toEqual([`New initiative in Finland: New ${slug}`]);
    expect(emailTo(placeEnglish)[0]?.textBody).toContain(`/initiatives/${slug}`);
    expect(emailTo(topicFinn)[0]?.textBody).toContain(`/fi/initiatives/${slug}`);
  });

  it("tells a topic's followers (and no one else) about a new timeline event, once, in their language", async () => {
    const topic = await makeTopic();
    const [reader, swede, placeOnly, onlyThresholds] = await Promise.all([userIn("en"), userIn("sv"), userIn("en"), userIn("en")]);
    await follow(reader, { target: "topic", id: topic });
    await follow(swede, { target: "topic", id: topic });
    await follow(placeOnly, { target: "jurisdiction", id: "fi" });
    await follow(onlyThresholds, { target: "topic", id: topic });
    await setFollowKinds(onlyThresholds, { target: "topic", id: topic, eventKinds: ["THRESHOLD_REACHED"] });

    const { event: added } = await addTopicEvent(
      testActor,
      {
        topicSlug: topic,
        occurredAt: "2025-06-26",
        jurisdictionCode: "fi",
        title: { en: "Parliament approves the withdrawal", sv: "Riksdagen godkänner utträdet" },
        sourceUrl: "https://www.eduskunta.fi/",
      },
      web,
    );
    const event = await db().domainEvent.findUniqueOrThrow({ where: { dedupeKey: `topic-event:${added.id}` } });
    expect(event.kind).toBe("TOPIC_EVENT_ADDED");

    const { notified, emailTo } = await fanOutOnce(event.id);
    expect(notified.map((n) => n.userId).sort()).toEqual([reader.userId, swede.userId].sort());
    const [english] = emailTo(reader);
    expect(english?.subject).toBe(`Topic ${topic}: Parliament approves the withdrawal`);
    expect(english?.textBody).toContain("Date: 2025-06-26.");
    expect(english?.textBody).toContain(`/topics/${topic}`);
    expect(emailTo(swede)[0]?.subject).toBe(`Ämne ${topic}: Riksdagen godkänner utträdet`);
    expect(emailTo(swede)[0]?.textBody).toContain(`/sv/topics/${topic}`);

    // The topic's feed and the jurisdiction's feed carry it.
    const topicFeed = await listFeedEvents({ topic });
    expect(topicFeed?.map((e) => e.kind)).toContain("TOPIC_EVENT_ADDED");
    const placeFeed = await listFeedEvents({ jurisdiction: "fi" }, 500);
    expect(placeFeed?.some((e) => e.id === event.id.toString())).toBe(true);
  });

  it("puts new initiatives in their topic's and jurisdiction's feeds", async () => {
    const topic = await makeTopic();
    const slug = unique("fed");
    const created = await registerInitiative(
      testActor,
      { slug, schemeCode: "fi-citizens-initiative", title: { en: `Fed ${slug}` }, summary: { en: "A test." }, topicSlugs: [topic] },
      web,
    );
    const feed = await listFeedEvents({ topic });
    expect(feed?.map((e) => [e.kind, e.initiative?.slug])).toEqual([["INITIATIVE_REGISTERED", slug]]);
    const event = await db().domainEvent.findUniqueOrThrow({ where: { dedupeKey: `registered:${created.id}` } });
    expect((await listFeedEvents({ jurisdiction: "fi" }, 500))?.some((e) => e.id === event.id.toString())).toBe(true);
  });

  it("refuses kinds a follow cannot bring, and follows one does not have", async () => {
    const topic = await makeTopic();
    const user = await makeUser();
    await expect(setFollowKinds(user, { target: "topic", id: topic, eventKinds: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await follow(user, { target: "jurisdiction", id: "fi" });
    await expect(setFollowKinds(user, { target: "jurisdiction", id: "fi", eventKinds: ["TOPIC_EVENT_ADDED"] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      issues: [expect.objectContaining({ path: "eventKinds.0" })],
    });
    await expect(setFollowKinds(user, { target: "jurisdiction", id: "fi", eventKinds: ["NOPE"] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(
      await setFollowKinds(user, { target: "jurisdiction", id: "fi", eventKinds: ["INITIATIVE_REGISTERED", "INITIATIVE_REGISTERED"] }),
    ).toEqual({
      eventKinds: ["INITIATIVE_REGISTERED"],
    });
    expect(await setFollowKinds(null, { target: "jurisdiction", id: "fi", eventKinds: [] }).catch((e: { code: string }) => e.code)).toBe(
      "UNAUTHENTICATED",
    );
  });
});
