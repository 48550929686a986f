import "server-only";
import { AppError, unavailable } from "@/lib/errors";

// Which failures mean "the database cannot serve this right now" (ADR 0010): no pooled connection
// within the bounded wait, the server unreachable, restarting or shutting down, a statement or
// transaction past its time limit, a write conflict. They are answered 503 with Retry-After (or a
// "busy" form message), and the same request sent again may well succeed; anything else is a bug.

// Prisma: can't reach / timed out reaching / server closed the connection / pool timeout /
// transaction could not start or ran past its timeout / write conflict or deadlock.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
// The connection went away (refused, reset, ended by a restart), not a wait or a statement past its
// bound: the same statement may succeed on a new connection once the server is back.
// PostgreSQL: connection exceptions (08xxx), server shutting down, crashed or still starting.
const LOST_SQLSTATES = /^(08[0-9A-Z]{3}|57P0[123])$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
// pg says these in words only. The last two: a pooled client whose connection broke (a restart)
// after it was handed out, used anyway (seen as a 500 from the posting route in the fault scenario).
const LOST_MESSAGES = /^(Connection terminated|Client has encountered a connection error and is not queryable|Client was closed and is not queryable)/;
// Load, not loss: too many connections, statement timeout, serialization failure, deadlock, lock
// not available; and pg-pool's wait for a connection running out.
const LOAD_SQLSTATES = /^(53300|57014|40001|40P01|55P03)$/;
const POOL_TIMEOUT_MESSAGE = /^timeout exceeded when trying to connect/;
// @prisma/adapter-pg's names for the same.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionWriteConflict"]);

type ErrorLike = { code?: unknown; errorCode?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };

const isLostCode = (code: string) => SOCKET_CODES.has(code) || LOST_SQLSTATES.test(code);
const isLostMessage = (message: unknown) => typeof message === "string" && LOST_MESSAGES.test(message);

function matches({ code, errorCode, originalCode, kind, message }: ErrorLike): boolean {
  const codes = [code, errorCode, originalCode].filter((value): value is string => typeof value === "string");
  return (
    codes.some((value) => PRISMA_CODES.has(value) || isLostCode(value) || LOAD_SQLSTATES.test(value)) ||
    (typeof kind === "string" && ADAPTER_KINDS.has(kind)) ||
    isLostMessage(message) ||
    (typeof message === "string" && POOL_TIMEOUT_MESSAGE.test(message))
  );
}

/** For pg's own errors, as pg's pool raises them (lib/db.ts sends a lost read again). */
export function isConnectionLost(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as ErrorLike;
  return (typeof code === "string" && isLostCode(code)) || isLostMessage(message);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // Prisma wraps the driver's error (meta.driverAdapterError, then its cause); pg-pool puts the
  // socket error in `cause`.
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const candidate = current as ErrorLike;
    if (matches(candidate)) return true;
    current = candidate.meta?.driverAdapterError ?? candidate.cause;
  }
  return false;
}

// Under overload a log line per shed request would spend the CPU we are short of: one per second.
let lastLoggedAt = 0;
let unlogged = 0;
function logShed(error: unknown) {
  const now = Date.now();
  if (now - lastLoggedAt < 1_000) {
    unlogged++;
    return;
  }
  const message = error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error);
  console.warn(`database unavailable, answered 503${unlogged ? ` (and ${unlogged} more since the last line)` : ""}: ${message}`);
  lastLoggedAt = now;
  unlogged = 0;
}

// The AppError an error stands for, or null for a bug. lib/http.ts and lib/actions.ts ask this.
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (!isDatabaseUnavailable(error)) return null;
  logShed(error);
  return unavailable();
}
