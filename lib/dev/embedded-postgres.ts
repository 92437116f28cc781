// An embedded PostgreSQL for newcomers and for tests on machines without a server: PGlite
// (PostgreSQL compiled to WASM) behind a wire-protocol socket, so the app, Prisma, pg-boss and the
// migration tool connect to it exactly as to a real server. Development only.
//
// PGlite multiplexes every client onto one backend and its socket server does not forward
// LISTEN/NOTIFY between clients, so this process listens itself and relays notifications as JSON
// lines on a small TCP "bus" (EMBEDDED_BUS_URL) that the cache and the worker subscribe to.
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const BUS_CHANNELS = ["threshold_cache", "threshold_outbox"] as const;

export type EmbeddedPostgres = { url: string; busUrl: string; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts PGlite (in `dataDir`, or in memory) on 127.0.0.1:`port`, plus its notification bus. */
export async function startEmbeddedPostgres(opts: { dataDir?: string; port?: number; busPort?: number } = {}): Promise<EmbeddedPostgres> {
  const port = opts.port ?? (await freePort());
  const busPort = opts.busPort ?? (await freePort());
  const db = await PGlite.create(opts.dataDir);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 40 });
  await server.start();

  const subscribers = new Set<net.Socket>();
  const bus = net.createServer((socket) => {
    subscribers.add(socket);
    socket.on("close", () => subscribers.delete(socket));
    socket.on("error", () => subscribers.delete(socket));
  });
  await new Promise<void>((resolve) => bus.listen(busPort, "127.0.0.1", resolve));
  const unlisten = await Promise.all(
    BUS_CHANNELS.map((channel) =>
      db.listen(channel, (payload) => {
        const line = `${JSON.stringify({ channel, payload })}\n`;
        for (const s of subscribers) s.write(line);
      }),
    ),
  );

  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    busUrl: `tcp://127.0.0.1:${busPort}`,
    stop: async () => {
      for (const u of unlisten) await u();
      for (const s of subscribers) s.destroy();
      await new Promise<void>((resolve) => bus.close(() => resolve()));
      await server.stop();
      await db.close();
    },
  };
}
