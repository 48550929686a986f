import { describe, expect, it } from "vitest";
import { timeline, MAX_BUCKETS } from "@/lib/dashboard/timeline";
import { LINKS_SHOWN, layoutNetwork } from "@/lib/dashboard/network";
import { parseSort, sortRows, type StudentRow } from "@/lib/dashboard/columns";

describe("posts over time", () => {
  it("counts by hour over two days or less, with the empty hours in between", () => {
    const result = timeline([
      { hour: "2026-12-01T09", responses: 2, replies: 0 },
      { hour: "2026-12-01T12", responses: 0, replies: 3 },
    ]);
    expect(result.unit).toBe("hour");
    expect(result.buckets.map((b) => [b.label, b.responses + b.replies])).toEqual([
      ["2026-12-01 09:00", 2],
      ["2026-12-01 10:00", 0],
      ["2026-12-01 11:00", 0],
      ["2026-12-01 12:00", 3],
    ]);
  });

  it("counts by day over longer, every day shown, and keeps the latest buckets when there are too many", () => {
    const result = timeline([
      { hour: "2026-11-01T23", responses: 1, replies: 0 },
      { hour: "2026-11-04T01", responses: 1, replies: 1 },
    ]);
    expect(result.unit).toBe("day");
    expect(result.buckets.map((b) => [b.label, b.responses + b.replies])).toEqual([
      ["2026-11-01", 1],
      ["2026-11-02", 0],
      ["2026-11-03", 0],
      ["2026-11-04", 2],
    ]);
    const long = timeline([
      { hour: "2020-01-01T00", responses: 1, replies: 0 },
      { hour: "2026-01-01T00", responses: 1, replies: 0 },
    ]);
    expect(long.buckets).toHaveLength(MAX_BUCKETS);
    expect(long.buckets.at(-1)).toMatchObject({ label: "2026-01-01", responses: 1 });
    expect(timeline([])).toEqual({ unit: "day", buckets: [] });
  });
});

describe("the reply network", () => {
  it("draws one arrow per pair that replied, most replies first, and none for replies to oneself", () => {
    const people = [
      { key: "a", label: "A", posts: 3 },
      { key: "b", label: "B", posts: 1 },
      { key: "c", label: "C", posts: 0 },
    ];
    const network = layoutNetwork(people, [
      { from: "a", to: "b", count: 1 },
      { from: "b", to: "a", count: 4 },
      { from: "a", to: "a", count: 2 },
      { from: "a", to: "nobody", count: 1 },
    ]);
    expect(network.nodes).toHaveLength(3);
    expect(network.links.map((l) => [l.fromLabel, l.toLabel, l.count])).toEqual([
      ["B", "A", 4],
      ["A", "B", 1],
    ]);
    expect(network).toMatchObject({ pairs: 2, isolated: 1 });
    // The two directions do not draw over each other.
    const [back, forth] = network.links;
    expect([back!.x1, back!.y1]).not.toEqual([forth!.x2, forth!.y2]);
  });

  it("draws and lists only the strongest pairs, and still counts them all", () => {
    const people = Array.from({ length: 40 }, (_, i) => ({ key: `p${i}`, label: `P${i}`, posts: 1 }));
    const edges = people.flatMap((from, i) => people.filter((_, j) => j !== i && j % 3 === 0).map((to, j) => ({ from: from.key, to: to.key, count: 1 + ((i + j) % 7) })));
    const network = layoutNetwork(people, edges);
    expect(network.pairs).toBe(edges.length);
    expect(network.links).toHaveLength(LINKS_SHOWN);
    // None left out has more replies than one shown.
    const counts = edges.map((edge) => edge.count).sort((a, b) => b - a);
    expect(Math.min(...network.links.map((link) => link.count))).toBeGreaterThanOrEqual(counts[LINKS_SHOWN]!);
    expect(network.isolated).toBe(0);
  });
});

describe("the student table's sort", () => {
  const row = (label: string, words: number, before: number | null, after: number | null): StudentRow => ({
    key: label,
    label,
    email: null,
    responses: 0,
    repliesGiven: 0,
    repliesReceived: 0,
    words,
    quotes: 0,
    sources: 0,
    stanceBefore: before,
    stanceAfter: after,
    lastActive: null,
    score: null,
  });
  const rows = [row("Bea", 10, 1, 5), row("al", 30, null, 2), row("Cy", 20, 4, 3)];

  it("sorts by name A→Z by default and by counts largest first, missing values last either way", () => {
    expect(sortRows(rows, parseSort(undefined, undefined)).map((r) => r.label)).toEqual(["al", "Bea", "Cy"]);
    expect(sortRows(rows, parseSort("words", undefined)).map((r) => r.label)).toEqual(["al", "Cy", "Bea"]);
    expect(sortRows(rows, parseSort("stance", "desc")).map((r) => r.label)).toEqual(["Bea", "Cy", "al"]);
    expect(sortRows(rows, parseSort("stance", "asc")).map((r) => r.label)).toEqual(["Cy", "Bea", "al"]);
  });
});
