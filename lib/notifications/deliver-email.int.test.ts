// A slow SMTP server (every step takes a while, the whole send longer than the lease) against a real
// database: the lease is renewed while the send runs, so another worker cannot take the email over
// and send it a second time. The send completes once, within the SMTP timeouts.
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverOutboxEmail } from "./deliver-email";

const LEASE_SECONDS = 2;
const STEP_MS = 900; // under the SMTP timeouts (2 s here), while the whole send takes about 3 s

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const later = (fn: () => void) => setTimeout(fn, STEP_MS);
let accepted = 0;
const server = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  closeTimeout: 200,
  onMailFrom: (_a, _s, cb) => later(() => cb()),
  onRcptTo: (_a, _s, cb) => later(() => cb()),
  onData: (stream, _s, cb) => {
    stream.resume();
    stream.on("end", () =>
      later(() => {
        accepted++;
        cb();
      }),
    );
  },
});

beforeAll(async () => {
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  // Read by env() on first use, which comes after this (nothing here has sent mail yet).
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.EMAIL_LEASE_SECONDS = String(LEASE_SECONDS);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("email delivery under a lease (real PostgreSQL, real SMTP)", () => {
  it("a send slower than the lease keeps it renewed: a second worker skips the email, which is sent once", async () => {
    const email = await db().emailOutbox.create({
      data: { dedupeKey: `test:${randomUUID()}`, toAddress: "slow@example.org", subject: "Slow", textBody: "Hello" },
    });
    const first = deliverOutboxEmail(email.id);
    const startedAt = Date.now();
    // Past the first lease: someone else tries while the send is still running.
    await new Promise((r) => setTimeout(r, LEASE_SECONDS * 1000 + 500));
    const row = await db().emailOutbox.findUniqueOrThrow({ where: { id: email.id } });
    expect(row.status).toBe("SENDING");
    expect(row.leaseUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await deliverOutboxEmail(email.id)).toBe("skipped");
    expect(await first).toBe("sent");
    expect(Date.now() - startedAt).toBeGreaterThan(LEASE_SECONDS * 1000);
    expect(accepted).toBe(1);
    expect(await db().emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "SENT", attempts: 1 });
  });
});
