import path from "node:path";
import { fileURLToPath } from "node:url";

// How every production server of ours starts: `npm start`, the e2e server and the bench run
// `next start` through this, so they run with the same memory settings (ADR 0019). The
// Dockerfile repeats them (tests/unit/next-server.test.ts keeps them equal).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NEXT_CLI = path.join(root, "node_modules", "next", "dist", "bin", "next");

/**
 * V8 flags for the server process. None: V8's defaults. A smaller young generation and earlier major
 * GCs kept RSS under 400 MiB but cost the pages 35-65 % more CPU per request (ADR 0019), and a
 * school runs out of CPU first. An operator may still set them in NODE_OPTIONS.
 */
export const SERVER_NODE_FLAGS: readonly string[] = [];

/** glibc's malloc settings for the server process; a value already in the environment wins (ADR 0019). */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };

/** Command, arguments and environment for `next start <args>` under SERVER_NODE_FLAGS (or `flags`, to measure others). */
export function nextStartCommand(args: readonly string[], env: NodeJS.ProcessEnv, flags: readonly string[] = SERVER_NODE_FLAGS): [string, string[], NodeJS.ProcessEnv] {
  return [process.execPath, [...flags, NEXT_CLI, "start", ...args], { ...SERVER_ENV, ...env }];
}
