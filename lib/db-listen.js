// Listening to PostgreSQL notifications, whichever database runs: LISTEN on a real server, or the
// embedded database's relay (EMBEDDED_BUS_URL) in development. Reconnects with backoff; onConnect
// runs after every (re)connection, because notifications sent while disconnected are lost;
// onDisconnect when a connection is lost or cannot be made.
// Plain ESM JavaScript: the cache handler (loaded by Next outside its bundles) uses it too.
import net from "node:net";
import pg from "pg";

/**
 * @param {{ databaseUrl?: string, busUrl?: string, channels: string[],
 *   onNotify: (channel: string, payload: string) => void, onConnect?: () => void, onDisconnect?: () => void }} options
 * @returns {{ close: () => void }}
 */
export function listen(options) {
  let retry = 500;
  let stopped = false;
  let current = null;

  const later = (start) => {
    if (stopped) return;
    options.onDisconnect?.();
    const delay = retry;
    retry = Math.min(retry * 2, 15_000);
    setTimeout(start, delay).unref();
  };
  const connected = () => {
    retry = 500;
    options.onConnect?.();
  };

  function viaPostgres() {
    const client = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5000, keepAlive: true });
    let failed = false;
    const fail = () => {
      if (failed) return;
      failed = true;
      client.end().catch(() => undefined);
      later(viaPostgres);
    };
    current = { close: () => client.end().catch(() => undefined) };
    client.on("notification", (msg) => {
      if (options.channels.includes(msg.channel)) options.onNotify(msg.channel, msg.payload ?? "");
    });
    client.on("error", fail);
    client.on("end", fail);
    client
      .connect()
      // One statement: a pg client runs one query at a time.
      .then(() => client.query(options.channels.map((c) => `LISTEN ${c};`).join(" ")))
      .then(connected, fail);
  }

  function viaBus() {
    const { hostname, port } = new URL(options.busUrl);
    const socket = net.connect({ host: hostname, port: Number(port) });
    let buffer = "";
    let failed = false;
    const fail = () => {
      if (failed) return;
      failed = true;
      socket.destroy();
      later(viaBus);
    };
    current = { close: () => socket.destroy() };
    socket.on("connect", connected);
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        try {
          const msg = JSON.parse(line);
          if (options.channels.includes(msg.channel)) options.onNotify(msg.channel, msg.payload ?? "");
        } catch {
          // ignore malformed lines
        }
      }
    });
    socket.on("error", fail);
    socket.on("close", fail);
    socket.unref();
  }

  if (options.busUrl) viaBus();
  else if (options.databaseUrl) viaPostgres();
  return {
    close() {
      stopped = true;
      current?.close();
    },
  };
}
