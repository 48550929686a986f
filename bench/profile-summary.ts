// Reads a V8 .cpuprofile: the functions and packages with the most self time, and the functions
// with the most inclusive time (a function counted once per sample, however deep it recurses).
type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[] };

const TOP = 30;

function functionKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, "").replace(/^.*\/node_modules\//, "~/").replace(/^.*\/\.next\//, ".next/");
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

// The package (or our own build output) a function belongs to.
function packageKey(node: ProfileNode): string {
  const url = node.callFrame.url;
  if (!url) return node.callFrame.functionName.startsWith("(") ? node.callFrame.functionName : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const next = /next\/dist\/compiled\/([^/]+)/.exec(url);
    return next ? `next/compiled/${next[1]}` : pkg[1]!;
  }
  if (url.includes("/.next/")) return ".next (app code and bundled deps)";
  if (url.startsWith("node:")) return "node:internal";
  return url.replace(/^.*\//, "");
}

export function summarizeProfile(profile: CpuProfile): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totalHits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const msPerHit = (profile.endTime - profile.startTime) / 1000 / totalHits;

  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    self.set(functionKey(node), (self.get(functionKey(node)) ?? 0) + hits);
    packages.set(packageKey(node), (packages.get(packageKey(node)) ?? 0) + hits);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const key = functionKey(byId.get(id)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + hits);
    }
  }
  const table = (title: string, counts: Map<string, number>, top = TOP) =>
    [
      `== ${title}`,
      ...[...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([key, hits]) => `${((100 * hits) / totalHits).toFixed(1).padStart(5)}%  ${(hits * msPerHit).toFixed(0).padStart(7)} ms  ${key}`),
    ].join("\n");
  return [
    `${totalHits} samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s`,
    table("self time by package", packages, 25),
    table("self time by function", self),
    table("inclusive time by function", inclusive, 60),
  ].join("\n\n");
}

// `node --import tsx bench/profile-summary.ts file.cpuprofile`
if (process.argv[1]?.endsWith("profile-summary.ts") && process.argv[2]) {
  const fs = await import("node:fs");
  console.log(summarizeProfile(JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as CpuProfile));
}
