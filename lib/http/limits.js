// Request size limits shared by next.config.js (Next's own server action limit) and proxy.ts (which
// refuses oversized posts before Next reads them). Plain JavaScript: next.config.js loads it.

/** The largest server action post: a 2 MB CSV of counts with its form around it. */
export const SERVER_ACTION_MAX_BYTES = 3 * 1024 * 1024;
