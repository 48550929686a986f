// Who replies to whom, as a node-link diagram laid out on a circle and as a list of pairs: pure, so
// the SVG is drawn on the server with attributes only (no style="", which the CSP refuses).

export type NetworkNode = { key: string; label: string; x: number; y: number; posts: number };
export type NetworkLink = { from: string; to: string; fromLabel: string; toLabel: string; count: number; x1: number; y1: number; x2: number; y2: number };
export type Network = { size: number; nodes: NetworkNode[]; links: NetworkLink[] };

export const NETWORK_SIZE = 360;
const RADIUS = 140;

export function layoutNetwork(
  people: { key: string; label: string; posts: number }[],
  edges: { from: string; to: string; count: number }[],
): Network {
  const center = NETWORK_SIZE / 2;
  const nodes = people.map((person, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, people.length) - Math.PI / 2;
    return { ...person, x: round(center + RADIUS * Math.cos(angle)), y: round(center + RADIUS * Math.sin(angle)) };
  });
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const links = edges.flatMap((edge) => {
    const from = byKey.get(edge.from);
    const to = byKey.get(edge.to);
    if (!from || !to || from === to) return [];
    return [{ from: from.key, to: to.key, fromLabel: from.label, toLabel: to.label, count: edge.count, x1: from.x, y1: from.y, x2: to.x, y2: to.y }];
  });
  links.sort((a, b) => b.count - a.count || a.fromLabel.localeCompare(b.fromLabel));
  return { size: NETWORK_SIZE, nodes, links };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
