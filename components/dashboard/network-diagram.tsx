import type { Network } from "@/lib/dashboard/network";
import { plural } from "@/lib/format";

// Who replies to whom: people on a circle, an arrow from each replier to the person they replied to
// (thicker for more replies), drawn with SVG attributes only; the table of pairs below is its
// accessible alternative.
export function NetworkDiagram({ network }: { network: Network }) {
  const { size, nodes, links, pairs, isolated } = network;
  const center = size / 2;
  const widest = Math.max(1, ...links.map((link) => link.count));
  return (
    <section aria-labelledby="network-heading" className="card space-y-3">
      <h3 id="network-heading" className="font-semibold">
        Who replies to whom
      </h3>
      <p className="text-sm text-slate-700" data-testid="network-summary">
        {links.length === 0
          ? "Nobody has replied to a classmate yet."
          : `${plural(pairs, "pair")} of people replied to each other's posts${isolated > 0 ? `; ${plural(isolated, "person", "people")} neither replied nor got a reply` : ""}.`}
        {links.length < pairs ? ` The ${links.length} pairs with the most replies are drawn and listed.` : null}
      </p>
      {nodes.length > 0 ? (
        <svg viewBox={`-60 -10 ${size + 120} ${size + 20}`} className="mx-auto block w-full max-w-xl" aria-hidden="true" data-testid="network-diagram">
          <defs>
            <marker id="network-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse" markerUnits="strokeWidth">
              <path d="M 0 0 L 10 5 L 0 10 z" className="fill-indigo-600" />
            </marker>
          </defs>
          {links.map((link) => (
            <line
              key={`${link.from}-${link.to}`}
              x1={link.x1}
              y1={link.y1}
              x2={link.x2}
              y2={link.y2}
              className="stroke-indigo-600"
              strokeOpacity={0.6}
              strokeWidth={1 + (3 * link.count) / widest}
              markerEnd="url(#network-arrow)"
            />
          ))}
          {nodes.map((node) => (
            <g key={node.key}>
              <circle cx={node.x} cy={node.y} r={node.r} className={node.posts > 0 ? "fill-indigo-700" : "fill-slate-300"} />
              <text x={node.x + (node.x >= center ? 16 : -16)} y={node.y + 4} textAnchor={node.x >= center ? "start" : "end"} className="fill-slate-800 text-[11px]">
                {node.label}
              </text>
            </g>
          ))}
        </svg>
      ) : null}
      {links.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sm">Who replies to whom: table</summary>
          <table className="mt-2 w-full text-left text-sm" data-testid="network-table">
            <caption className="sr-only">Replies from one person to another</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-2 py-1">From</th>
                <th scope="col" className="px-2 py-1">To</th>
                <th scope="col" className="px-2 py-1">Replies</th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={`${link.from}-${link.to}`} className="border-t border-slate-200">
                  <td className="px-2 py-1">{link.fromLabel}</td>
                  <td className="px-2 py-1">{link.toLabel}</td>
                  <td className="px-2 py-1 tabular-nums">{link.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
