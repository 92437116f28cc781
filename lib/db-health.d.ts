export const UNAVAILABLE_RETRY_AFTER_SECONDS: number;
export function reportDbConnected(): void;
export function reportDbDisconnected(): void;
export function reportDbUnavailable(): void;
export function databaseDown(): boolean;
