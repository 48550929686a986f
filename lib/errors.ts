// The one error type that lib/ throws for expected failures. lib/actions.ts and lib/http.ts turn
// it into a form message or an HTTP status; nothing else needs to know the mapping.
export type AppErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "INVALID" | "CONFLICT" | "UNAVAILABLE" | "RATE_LIMITED";

export type FieldErrors = Record<string, string[] | undefined>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    /** Seconds until the same request may succeed (Retry-After), for RATE_LIMITED. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  INVALID: 400,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  RATE_LIMITED: 429,
};

// After UNAVAILABLE a client sends the same request again this many seconds later (Retry-After):
// a burst drains and a restarted database is back within about that long (ADR 0010).
export const RETRY_AFTER_SECONDS = 1;

// The database is overloaded or restarting: nothing is wrong with the request.
export function unavailable(): AppError {
  return new AppError("UNAVAILABLE", "Margin is busy right now. Please try again in a moment.");
}

// Non-members and unknown ids get the same answer, so ids leak nothing.
export function notFound(what = "That page"): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}
