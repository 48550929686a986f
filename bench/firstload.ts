// First-load JavaScript of a page: the gzipped sizes of the /_next/static scripts its HTML
// references (what a browser downloads before the page is interactive), summed.
import zlib from "node:zlib";

export type FirstLoadJs = { path: string; scripts: number; rawBytes: number; gzipBytes: number };

export async function firstLoadJs(baseUrl: string, path: string, cookie: string): Promise<FirstLoadJs> {
  const response = await fetch(baseUrl + path, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`first-load JS: ${path} answered ${response.status}`);
  const sources = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]*\/_next\/static\/[^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&")));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const source of sources) {
    const script = await fetch(new URL(source, baseUrl));
    if (!script.ok) throw new Error(`first-load JS: ${source} answered ${script.status}`);
    const bytes = Buffer.from(await script.arrayBuffer());
    rawBytes += bytes.length;
    gzipBytes += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { path, scripts: sources.size, rawBytes, gzipBytes };
}
