import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DatabaseGate, installDatabaseGate } from "@/lib/database-gate";
import { env } from "@/lib/env";
import { isConnectionLost, isDatabaseUnavailable } from "@/lib/unavailable";

// Every wait on the database is bounded, so that overload and outages end in a 503 the client can
// retry instead of a pile of requests that never finish (ADR 0010 explains each number).
export type DatabaseLimits = {
  /** Connections per app instance (DATABASE_POOL_SIZE overrides). */
  poolSize: number;
  /** Longest wait for a pooled connection, or to open a new one, and for an interactive transaction to start. */
  waitMs: number;
  /** PostgreSQL cancels a statement that runs longer (57014), a lock wait included. */
  statementMs: number;
  /** Prisma rolls back an interactive transaction that is still open after this long. */
  transactionMs: number;
  /** PostgreSQL ends a session that sits idle inside a transaction this long (a client gone mid-transaction). */
  idleInTransactionMs: number;
  /** A pooled connection unused this long is closed. */
  idleMs: number;
};

export const DATABASE_LIMITS: DatabaseLimits = {
  poolSize: 30,
  waitMs: 5_000,
  statementMs: 5_000,
  transactionMs: 5_000,
  idleInTransactionMs: 10_000,
  idleMs: 30_000,
};

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

// How often a read that lost its connection tries again while the database is away.
const READ_RETRY_MS = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// A SELECT changes nothing, but for pg_notify (lib/live/publish.ts, always in a transaction).
const isRead = (config: unknown): config is pg.QueryConfig => {
  const text = typeof config === "object" && config !== null ? (config as pg.QueryConfig).text : undefined;
  return typeof text === "string" && /^\s*SELECT\b/i.test(text) && !/\bpg_notify\s*\(/i.test(text);
};

// pg's pool, telling its gate how each wait for a connection ended. Prisma's queries (pool.query)
// and transactions (pool.connect()) both go through connect().
class GatedPool extends pg.Pool {
  readonly gate: DatabaseGate;

  constructor(
    config: pg.PoolConfig,
    shedWaitMs: number,
    private readonly readRetryForMs: number,
  ) {
    super(config);
    this.gate = new DatabaseGate(this, shedWaitMs);
  }

  // Prisma sends each statement outside a transaction as pool.query(config). A page that passed the
  // gate just before PostgreSQL went away would fail into a 500; its reads are sent again until the
  // server is back, within the wait bound (ADR 0010). A read has no effect to repeat; anything else,
  // and everything in a transaction (connect()), fails as before.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's dozen overloads of query()
  override query(...args: unknown[]): any {
    const [config] = args;
    if (args.length === 1 && isRead(config)) return this.read(config);
    return Reflect.apply(super.query, this, args);
  }

  private async read(config: pg.QueryConfig): Promise<pg.QueryResult> {
    const deadline = performance.now() + this.readRetryForMs;
    for (;;) {
      try {
        return await super.query(config);
      } catch (error) {
        if (!isConnectionLost(error) || performance.now() + READ_RETRY_MS > deadline) throw error;
        await sleep(READ_RETRY_MS);
      }
    }
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const started = performance.now();
    const settled = (error: Error | undefined) => {
      const waitedMs = performance.now() - started;
      if (!error) this.gate.acquired(waitedMs);
      else if (isDatabaseUnavailable(error)) this.gate.failed(waitedMs);
    };
    if (callback) {
      return super.connect((error, client, done) => {
        settled(error);
        callback(error, client, done);
      });
    }
    return super.connect().then(
      (client) => (settled(undefined), client),
      (error: Error) => {
        settled(error);
        throw error;
      },
    );
  }
}

export type Database = { client: PrismaClient; gate: DatabaseGate };

export function createDatabase(databaseUrl: string, limits: DatabaseLimits = DATABASE_LIMITS): Database {
  const pool = new GatedPool(
    {
      connectionString: databaseUrl,
      max: limits.poolSize,
      connectionTimeoutMillis: limits.waitMs,
      idleTimeoutMillis: limits.idleMs,
      statement_timeout: limits.statementMs,
      idle_in_transaction_session_timeout: limits.idleInTransactionMs,
      keepAlive: true,
    },
    // A page that joins a queue within a second of its bound is likely to wait it out and fail (ADR 0010).
    limits.waitMs * 0.8,
    limits.waitMs,
  );
  const adapter = new PrismaPg(pool, {
    // pg-pool already drops a client whose connection broke (a restart ends every idle one); say so
    // instead of leaving the error unheard.
    onPoolError: (error) => console.warn(`database connection dropped from the pool: ${error.message}`),
    // $disconnect() ends the pool, as it did when the adapter made it.
    disposeExternalPool: true,
  });
  const client = new PrismaClient({ adapter, transactionOptions: { maxWait: limits.waitMs, timeout: limits.transactionMs } });
  return { client, gate: pool.gate };
}

// One pool per process; cached on globalThis so dev hot reloads don't open new pools.
const globalForDatabase = globalThis as unknown as { database?: Database };

const database = (globalForDatabase.database ??= createDatabase(env().DATABASE_URL, {
  ...DATABASE_LIMITS,
  poolSize: env().DATABASE_POOL_SIZE ?? DATABASE_LIMITS.poolSize,
}));
installDatabaseGate(database.gate);

export const db: PrismaClient = database.client;
