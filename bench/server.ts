// The app under test: `next build` when there is no build yet, `next start` on a free port, a
// programmatic credentials sign-in, and the server's memory from /proc.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findFreePort } from "../scripts/db/embedded";
import { SERVER_NODE_FLAGS, nextStartCommand } from "../scripts/next-server";

export const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");
export const BENCH_AUTH_SECRET = "bench-only-auth-secret-0123456789abcdef0123456789";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds unless .next/BUILD_ID exists. Retries: a colleague's half-finished edit may break the build for a while. */
export async function ensureBuild(env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<"existing" | "existing (older than the last commit)" | "built"> {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && process.env.BENCH_REBUILD !== "1") {
    const lastChange = lastCommitTime(["app", "lib", "components", "prisma"]);
    if (lastChange && fs.statSync(buildId).mtimeMs < lastChange) {
      log("WARNING: .next was built before the last commit to app/, lib/, components/ or prisma/; BENCH_REBUILD=1 measures the current code");
      return "existing (older than the last commit)";
    }
    return "existing";
  }
  const attempts = Number(process.env.BENCH_BUILD_ATTEMPTS ?? 5);
  for (let attempt = 1; ; attempt++) {
    log(`next build (attempt ${attempt}/${attempts})`);
    const { code, output } = await run(NEXT_BIN, ["build"], env);
    if (code === 0 && fs.existsSync(buildId)) return "built";
    if (attempt >= attempts) throw new Error(`next build failed ${attempts} times; last output:\n${output.slice(-4000)}`);
    log(`next build failed (exit ${code}); retrying in 30 s. Tail:\n${output.slice(-1500)}`);
    await sleep(30_000);
  }
}

function lastCommitTime(paths: string[]): number | null {
  try {
    const seconds = Number(execFileSync("git", ["log", "-1", "--format=%ct", "--", ...paths], { cwd: ROOT, encoding: "utf8" }).trim());
    return seconds > 0 ? seconds * 1000 : null;
  } catch {
    return null;
  }
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.once("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

export type AppServer = { url: string; pid: number; serverPid: () => number; logTail: () => string; stop: () => Promise<void> };

// BENCH_NODE_FLAGS="--max-old-space-size=300 …" runs the server with these V8 flags instead of
// `npm start`'s (scripts/next-server.ts): to measure a setting before adopting it.
export const serverFlags = (): readonly string[] => process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? SERVER_NODE_FLAGS;

export async function startServer(env: NodeJS.ProcessEnv): Promise<AppServer> {
  const port = await findFreePort();
  const [command, args, serverEnv] = nextStartCommand(["-p", String(port), "-H", "127.0.0.1"], env, serverFlags());
  // Own process group, so stop() ends `next start` and anything it forks.
  const child = spawn(command, args, {
    cwd: ROOT,
    env: serverEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  // BENCH_SERVER_LOG=<file>: the server's whole output, to find what answered a 5xx.
  const file = process.env.BENCH_SERVER_LOG ? fs.createWriteStream(process.env.BENCH_SERVER_LOG) : null;
  const keep = (chunk: Buffer) => {
    file?.write(chunk);
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (!alive()) return;
      signalGroup(child.pid!, "SIGTERM");
      const done = await Promise.race([exited.then(() => true), sleep(8_000).then(() => false)]);
      if (!done) signalGroup(child.pid!, "SIGKILL");
    })());
  const killOnExit = () => alive() && signalGroup(child.pid!, "SIGKILL");
  process.once("exit", killOnExit);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (!alive()) throw new Error(`next start exited (code ${child.exitCode}):\n${log.slice(-3000)}`);
    try {
      await fetch(`${url}/api/auth/csrf`);
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`next start did not answer within 90 s:\n${log.slice(-3000)}`);
      }
      await sleep(250);
    }
  }
  return { url, pid: child.pid!, serverPid: () => findNextServer(child.pid!), logTail: () => log.slice(-3000), stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

/** The `next-server (vX)` process among the descendants of pid (or pid itself). */
function findNextServer(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* exited meanwhile */
    }
  }
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("next-server")) return pid;
    } catch {
      /* exited meanwhile */
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return rootPid;
}

/** VmRSS and VmHWM (peak) of a process, in MiB. */
export function memoryOf(pid: number): { pid: number; rssMiB: number; peakRssMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { pid, rssMiB: round(kib("VmRSS") / 1024, 1), peakRssMiB: round(kib("VmHWM") / 1024, 1) };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** next-auth credentials flow: csrf token + cookie, then the callback; returns the Cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const collect = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  collect(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  collect(callback);
  const session = [...jar].filter(([name]) => name.startsWith("authjs.session-token"));
  if (!session.length) {
    throw new Error(`sign-in failed: ${callback.status} ${callback.headers.get("location") ?? ""} (no authjs.session-token cookie)`);
  }
  return session.map(([name, value]) => `${name}=${value}`).join("; ");
}
