// npm run worker: background jobs (notification fan-out, email delivery, reminders, digests,
// importer syncs). Filled in by the notifications and importer work; for now it keeps running.
import "dotenv/config";

console.log("[worker] started");
setInterval(() => undefined, 60_000);
process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => process.exit(0));
