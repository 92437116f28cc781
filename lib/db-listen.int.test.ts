// The notification listener against the run's database (real PostgreSQL, or the embedded
// database's relay): every channel asked for is heard, others are not.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listen } from "./db-listen.js";

describe("listen", () => {
  const heard: string[] = [];
  let connected: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const listener = listen({
    databaseUrl: process.env.DATABASE_URL,
    busUrl: process.env.EMBEDDED_BUS_URL,
    channels: ["threshold_test_a", "threshold_test_b"],
    onNotify: (channel, payload) => heard.push(`${channel}:${payload}`),
    onConnect: () => connected(),
  });
  afterAll(() => listener.close());

  it("hears each of its channels and nothing else", async () => {
    await ready;
    await db().$executeRawUnsafe(
      "SELECT pg_notify('threshold_test_a', 'one'), pg_notify('threshold_test_other', 'x'), pg_notify('threshold_test_b', 'two')",
    );
    await expect.poll(() => [...heard].sort(), { timeout: 5000, interval: 20 }).toEqual(["threshold_test_a:one", "threshold_test_b:two"]);
  });
});
