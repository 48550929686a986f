// The heap limit `next start` runs with (ADR 0018, "Memory"). Left alone, V8 sizes the old space
// from the machine's memory (gigabytes) and collects lazily: under a soak the server's RSS climbed
// 315 → 496 MiB in a minute without leaking. With 256 MiB of old space it stayed at 277 → 334 MiB,
// answering everything. An operator's own --max-old-space-size in NODE_OPTIONS wins.
export const SERVER_OLD_SPACE_MIB = 256;

export function serverNodeOptions(existing: string | undefined): string {
  if (existing?.includes("--max-old-space-size")) return existing;
  return [existing, `--max-old-space-size=${SERVER_OLD_SPACE_MIB}`].filter(Boolean).join(" ");
}
