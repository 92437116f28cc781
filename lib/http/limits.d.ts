export const SERVER_ACTION_MAX_BYTES: number;
