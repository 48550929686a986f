// How much CPU did processes outside this bench use while it measured? On a shared machine that is
// what makes two runs incomparable, and the load average can't tell (the bench itself loads it).
// With DATABASE_URL the database server is not ours, so on the same machine it counts as "other".
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

type Snapshot = { at: number; busyTicks: number; ourTicks: number };

export function cpuSnapshot(): Snapshot | null {
  try {
    const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = fields as number[];
    return { at: performance.now(), busyTicks: user! + nice! + system! + irq! + softirq! + steal!, ourTicks: ourTicks() };
  } catch {
    return null; // not Linux
  }
}

/** Share of the machine's CPU (0–100 %) used by other processes between two snapshots. */
export function otherCpuPercent(start: Snapshot | null, end: Snapshot | null, cores: number): number | null {
  if (!start || !end) return null;
  const available = ((end.at - start.at) / 1000) * TICKS_PER_SECOND * cores;
  const other = end.busyTicks - start.busyTicks - (end.ourTicks - start.ourTicks);
  return Math.max(0, Math.round((other / available) * 1000) / 10);
}

// utime+stime+cutime+cstime of this process and every live descendant (server, postgres, pgbench):
// children that exited are included through their parent's cutime/cstime.
function ourTicks(): number {
  const children = new Map<number, number[]>();
  const times = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(rest[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      times.set(pid, Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]));
    } catch {
      /* exited meanwhile */
    }
  }
  let total = 0;
  const queue = [process.pid];
  while (queue.length) {
    const pid = queue.shift()!;
    total += times.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** CPU time (user + system, ms) one process has used so far: the server's cost per request, which a busy machine skews far less than req/s. */
export function processCpuMs(pid: number): number {
  const rest = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(rest[11]) + Number(rest[12])) * 1000) / TICKS_PER_SECOND;
}
