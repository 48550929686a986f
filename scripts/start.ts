import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_LOGINS, seedDemo } from "../prisma/seed";
import { resolveDatabaseUrl } from "./db/database-url";
import { migrate } from "./db/migrate";
import { nextStartCommand } from "./next-server";
import { renderStalePostsAt } from "./db/render-posts";

// `npm start` from a fresh clone: database (embedded unless DATABASE_URL is set) → migrations →
// demo data on an empty database → posts' HTML where stale → AUTH_SECRET → next build → next start. Data survives restarts.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");
const port = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  const database = await resolveDatabaseUrl();
  let child: ChildProcess | undefined;
  let exiting = false;
  const shutdown = async (code: number) => {
    if (exiting) return;
    exiting = true;
    await database.stop();
    process.exit(code);
  };
  // Forward the signal to Next and let it finish before the database goes away.
  const stopOn = (signal: NodeJS.Signals) => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    else void shutdown(1);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stopOn(signal));
  // If our launcher (tsx's wrapper) dies without passing a signal on, we are re-parented: shut down
  // rather than linger with Next and PostgreSQL. (The npm script uses `exec` for the same reason:
  // npm's SIGTERM would otherwise stop only its `sh -c`.)
  const parent = process.ppid;
  const watchdog = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watchdog);
    stopOn("SIGTERM");
  }, 1000).unref();

  try {
    const { applied } = await migrate(database.url, { log: (message) => console.log(`[db] ${message}`) });
    if (!applied.length) console.log("[db] migrations up to date");
    await seedIfEmpty(database.url);
    const rendered = await renderStalePostsAt(database.url);
    if (rendered) console.log(`[db] rendered ${rendered} post(s) to HTML`);
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret(),
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production" as const,
    };

    const build = (child = spawn(nextBin, ["build"], { cwd: root, env, stdio: "inherit" }));
    const buildCode = await exitCode(build);
    if (buildCode !== 0 || exiting) return void (await shutdown(buildCode || 1));

    const [command, args, serverEnv] = nextStartCommand(["--port", String(port)], env);
    const server = (child = spawn(command, args, { cwd: root, env: serverEnv, stdio: "inherit" }));
    void announceWhenReady(server);
    await shutdown(await exitCode(server));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

async function seedIfEmpty(databaseUrl: string): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await prisma.user.count()) > 0) return;
    console.log("[db] empty database: adding the demo class");
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

// Sessions are signed with AUTH_SECRET. Without one, make one and keep it in .data/ so sign-ins
// survive restarts.
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  console.log(`[auth] AUTH_SECRET was not set: generated one and saved it in ${path.relative(root, file)}`);
  return secret;
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once("error", (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

async function announceWhenReady(child: ChildProcess): Promise<void> {
  const url = `http://localhost:${port}`;
  while (child.exitCode === null) {
    try {
      await fetch(url, { redirect: "manual" });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  if (child.exitCode !== null) return;
  const logins = DEMO_LOGINS.map((login) => `  ${login.role.padEnd(8)} ${login.email.padEnd(24)} ${login.password}`);
  console.log(`\nClassroom discussion is running at ${url}\nDemo logins:\n${logins.join("\n")}\n`);
}

void main();
