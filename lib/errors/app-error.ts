// One error type for the whole product, and one table mapping its codes to HTTP statuses.
// Messages in `userMessage` are safe to show; `message` may carry internals and is only logged.
// Isomorphic and dependency-free below lib/i18n: every layer may throw it.
import type { FieldIssue } from "./issues";

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  GONE: 410,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly issues?: FieldIssue[];
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    opts: { message?: string; userMessage?: string; issues?: FieldIssue[]; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(opts.message ?? opts.userMessage ?? code, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = opts.userMessage ?? defaultUserMessage[code];
    this.issues = opts.issues;
    this.details = opts.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

const defaultUserMessage: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "You need to sign in to do that.",
  FORBIDDEN: "You do not have permission to do that.",
  NOT_FOUND: "We could not find that.",
  GONE: "This has been withdrawn.",
  CONFLICT: "Someone else changed this in the meantime.",
  INVALID_INPUT: "Some of the information you gave is not valid.",
  BAD_REQUEST: "The request is not valid.",
  PAYLOAD_TOO_LARGE: "The request is too large.",
  RATE_LIMITED: "Too many attempts. Please wait a few minutes and try again.",
  UNAVAILABLE: "Threshold is briefly unavailable; nothing you sent was saved. Please try again in a few seconds.",
};

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
