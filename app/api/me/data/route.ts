// GET /api/me/data - everything stored about the signed-in person, as a JSON file to download
// (lib/account/export-data.ts). Personal: private, no-store.
import { exportMyData } from "@/lib/account/export-data";
import { defineRoute } from "@/lib/http/define-route";
import { privateJson } from "@/lib/http/responses";

export const GET = defineRoute({ access: "user" }, async ({ actor, requestId }) => {
  const response = privateJson(200, await exportMyData(actor), requestId);
  response.headers.set("Content-Disposition", 'attachment; filename="threshold-my-data.json"');
  return response;
});
