import path from "node:path";
import { fileURLToPath } from "node:url";

// How every production server of ours starts: `npm start`, the e2e server and the bench run
// `next start` through this, so they run with the same V8 heap settings (ADR 0019). The
// Dockerfile's CMD repeats the flags (tests/unit/next-server.test.ts keeps them equal).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NEXT_CLI = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** V8 flags for the server process (ADR 0019 has the measurements behind each value). */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=32", "--heap-growing-percent=50"];

/** The command and arguments for `next start <args>` under SERVER_NODE_FLAGS (or `flags`, to measure others). */
export function nextStartCommand(args: readonly string[], flags: readonly string[] = SERVER_NODE_FLAGS): [string, string[]] {
  return [process.execPath, [...flags, NEXT_CLI, "start", ...args]];
}
