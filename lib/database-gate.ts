// Whether the database is known to be unable to serve a page right now, so that proxy.ts answers
// 503 before rendering starts (a page that fails while rendering can only be a 500). lib/db.ts tells
// the gate how each wait for a pooled connection ended; the question costs a few comparisons and no
// query. Thresholds and trade-offs: ADR 0010.
//
// Not "server-only": proxy.ts imports it. The proxy is a bundle of its own in the same process, so
// the gate it asks lives on globalThis.

/** After a failed wait for a connection, pages are refused this long unless one succeeds meanwhile. */
export const FAILURE_WINDOW_MS = 1_000;

/** What the gate reads of pg's pool: requests queued for a connection right now. */
type PoolQueue = { readonly waitingCount: number };

export class DatabaseGate {
  private lastFailureAt = Number.NEGATIVE_INFINITY;
  private lastSuccessAt = Number.NEGATIVE_INFINITY;
  private lastWaitMs = 0;

  /** shedWaitMs: a queue whose latest wait took this long turns pages away. */
  constructor(
    private readonly pool: PoolQueue,
    private readonly shedWaitMs: number,
  ) {}

  acquired(waitedMs: number, now = performance.now()): void {
    this.lastSuccessAt = now;
    this.lastWaitMs = waitedMs;
  }

  /** A wait for a connection ended in an "unavailable" error: refused, reset, or past its bound. */
  failed(waitedMs: number, now = performance.now()): void {
    this.lastFailureAt = now;
    this.lastWaitMs = waitedMs;
  }

  isClosed(now = performance.now()): boolean {
    // Down: the latest wait failed. A success reopens at once; the window bounds false 503s when
    // nothing but pages (which the gate stops) would try again.
    if (now - this.lastFailureAt < FAILURE_WINDOW_MS && this.lastFailureAt >= this.lastSuccessAt) return true;
    // Saturated: a page would join a queue whose latest wait, served or run out, came near the bound.
    return this.pool.waitingCount > 0 && this.lastWaitMs >= this.shedWaitMs;
  }
}

const globalForGate = globalThis as unknown as { databaseGate?: DatabaseGate };

/** lib/db.ts installs the gate of the process's pool. */
export function installDatabaseGate(gate: DatabaseGate): void {
  globalForGate.databaseGate = gate;
}

/** False until the app has touched the database: nothing is known yet. */
export function isDatabaseKnownUnavailable(): boolean {
  return globalForGate.databaseGate?.isClosed() ?? false;
}
