import "server-only";
// The importers' background work: every minute, sync the resources that are due (each one
// IMPORT_SYNC_MINUTES after its last sync, later after failures). A stately queue keeps at most
// one run active and one waiting, so a slow run never piles up ticks behind it.
import type { JobModule } from "@/lib/jobs/types";
import { syncDue } from "./sync";

const SYNC = "importers.sync";

export const importerJobs: JobModule = {
  name: "importers",
  async start({ boss, log }) {
    await boss.createQueue(SYNC, { name: SYNC, policy: "stately", retryLimit: 0, expireInMinutes: 30 });
    await boss.schedule(SYNC, "* * * * *", {}, { tz: "UTC" });
    await boss.work(SYNC, async () => {
      const outcomes = await syncDue();
      if (outcomes.length === 0) return;
      const failed = outcomes.filter((o) => o.status === "error");
      const changed = outcomes.filter((o) => o.results.some((r) => r.observationsAdded + r.stagesAdded + r.responsesAdded > 0));
      log(`synced ${outcomes.length} resource(s): ${changed.length} with new data, ${failed.length} failed`);
      for (const f of failed) log(`  ${f.error ?? `${f.resourceUrl}: failed`}`);
    });
  },
};
