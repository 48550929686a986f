// Who replies to whom, as a node-link diagram laid out on a circle and as a list of pairs: pure, so
// the SVG is drawn on the server with attributes only (no style="", which the CSP refuses).

export type NetworkNode = { key: string; label: string; x: number; y: number; r: number; posts: number };
export type NetworkLink = { from: string; to: string; fromLabel: string; toLabel: string; count: number; x1: number; y1: number; x2: number; y2: number };
/** links: the strongest LINKS_SHOWN of `pairs` pairs; isolated: people in no pair at all. */
export type Network = { size: number; nodes: NetworkNode[]; links: NetworkLink[]; pairs: number; isolated: number };

export const NETWORK_SIZE = 360;
// Two per student in a class of 40: beyond that the circle is a hairball, and drawing and listing
// every pair (500 in a 4,000-post discussion) was most of the dashboard's page weight.
export const LINKS_SHOWN = 80;
const RADIUS = 140;
// Replies each way between two people are drawn side by side, this far apart.
const LANE = 3;

export function layoutNetwork(
  people: { key: string; label: string; posts: number }[],
  edges: { from: string; to: string; count: number }[],
): Network {
  const center = NETWORK_SIZE / 2;
  const nodes = people.map((person, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, people.length) - Math.PI / 2;
    return { ...person, x: round(center + RADIUS * Math.cos(angle)), y: round(center + RADIUS * Math.sin(angle)), r: 6 + Math.min(8, person.posts) };
  });
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const links = edges.flatMap((edge) => {
    const from = byKey.get(edge.from);
    const to = byKey.get(edge.to);
    if (!from || !to || from === to) return [];
    return [{ from: from.key, to: to.key, fromLabel: from.label, toLabel: to.label, count: edge.count, ...arrow(from, to) }];
  });
  links.sort((a, b) => b.count - a.count || a.fromLabel.localeCompare(b.fromLabel));
  const linked = new Set(links.flatMap((link) => [link.from, link.to]));
  return { size: NETWORK_SIZE, nodes, links: links.slice(0, LINKS_SHOWN), pairs: links.length, isolated: nodes.filter((node) => !linked.has(node.key)).length };
}

// From the edge of one circle to just short of the other's (where the arrowhead goes), shifted to
// the right of its direction so that replies the other way do not hide it.
function arrow(from: NetworkNode, to: NetworkNode) {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const [dx, dy] = [(to.x - from.x) / length, (to.y - from.y) / length];
  const [ox, oy] = [-dy * LANE, dx * LANE];
  return {
    x1: round(from.x + dx * from.r + ox),
    y1: round(from.y + dy * from.r + oy),
    x2: round(to.x - dx * (to.r + 2) + ox),
    y2: round(to.y - dy * (to.r + 2) + oy),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
