// The notice after a "sync now": how the sync of one resource went, or how many were requested.
import type { TImportStateRow } from "@/lib/importers/queries";
import type { Translator } from "@/lib/i18n/translator";
import { describeResult } from "./describe-result";
import { shortUrl } from "./state-table";

type Props = { t: Translator; synced: TImportStateRow | null; requested?: { count: number } };

export function SyncNotice({ t, synced, requested }: Props) {
  if (requested) {
    return (
      <div className="notice notice-success" role="status" data-testid="sync-notice">
        {t("imports.requested", { count: requested.count })}
      </div>
    );
  }
  if (!synced) return null;
  const resource = shortUrl(synced.resourceUrl);
  // A failure of this very sync leaves the error set; a success clears it.
  return synced.lastError ? (
    <div className="notice notice-warning" role="status" data-testid="sync-notice">
      {t("imports.syncFailed", { resource, error: synced.lastError })}
    </div>
  ) : (
    <div className="notice notice-success" role="status" data-testid="sync-notice">
      {t("imports.synced", { resource, result: describeResult(synced.lastResult, t) })}
    </div>
  );
}
