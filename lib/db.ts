import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

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

// One client per process; cached on globalThis so dev hot reloads don't open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(databaseUrl: string, limits: DatabaseLimits = DATABASE_LIMITS): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString: databaseUrl,
      max: limits.poolSize,
      connectionTimeoutMillis: limits.waitMs,
      idleTimeoutMillis: limits.idleMs,
      statement_timeout: limits.statementMs,
      idle_in_transaction_session_timeout: limits.idleInTransactionMs,
      keepAlive: true,
    },
    // pg-pool already drops a client whose connection broke (a restart ends every idle one); say so
    // instead of leaving the error unheard.
    { onPoolError: (error) => console.warn(`database connection dropped from the pool: ${error.message}`) },
  );
  return new PrismaClient({ adapter, transactionOptions: { maxWait: limits.waitMs, timeout: limits.transactionMs } });
}

export const db: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL, {
  ...DATABASE_LIMITS,
  poolSize: env().DATABASE_POOL_SIZE ?? DATABASE_LIMITS.poolSize,
}));
