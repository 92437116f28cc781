import "server-only";
// Housekeeping on a schedule: initiatives pending when an electoral term ends lapse (daily); what
// is kept only for a while is deleted (hourly, lib/jobs/retention.ts).
import { systemActor } from "@/lib/auth/actor";
import { applyTermLapses } from "@/lib/stages/apply-term-lapses";
import { applyRetention } from "./retention";
import type { JobModule } from "./types";

const TERM_LAPSES = "maintenance.term-lapses";
const RETENTION = "maintenance.retention";

export const maintenanceJobs: JobModule = {
  name: "maintenance",
  async start({ boss, log }) {
    await boss.createQueue(TERM_LAPSES, { name: TERM_LAPSES, retryLimit: 3, retryBackoff: true });
    await boss.schedule(TERM_LAPSES, "15 3 * * *", {}, { tz: "Europe/Helsinki" });
    await boss.work(TERM_LAPSES, async () => {
      const { lapsed } = await applyTermLapses(systemActor("worker"), { via: "worker" });
      if (lapsed.length) log(`lapsed at the end of the electoral term: ${lapsed.join(", ")}`);
    });
    await boss.createQueue(RETENTION, { name: RETENTION, retryLimit: 3, retryBackoff: true });
    await boss.schedule(RETENTION, "40 * * * *", {}, { tz: "Europe/Helsinki" });
    await boss.work(RETENTION, async () => {
      const removed = await applyRetention();
      if (Object.values(removed).some((n) => n > 0)) log(`retention: removed ${JSON.stringify(removed)}`);
    });
  },
};
