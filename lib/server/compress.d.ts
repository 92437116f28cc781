import type { IncomingMessage, ServerResponse } from "node:http";

export function compressResponses(options?: { maxBytes?: number }): (req: IncomingMessage, res: ServerResponse) => void;
