// First-load JavaScript of a page: the gzipped sizes of the /_next/static scripts its HTML
// references (what a browser downloads before the page is interactive), summed; `noModule`
// polyfills left out, as modern browsers leave them.
import zlib from "node:zlib";

export type FirstLoadJs = { path: string; scripts: number; rawBytes: number; gzipBytes: number };

export async function firstLoadJs(baseUrl: string, path: string, cookie: string): Promise<FirstLoadJs> {
  const response = await fetch(baseUrl + path, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`first-load JS: ${path} answered ${response.status}`);
  // A `noModule` script (Next's legacy polyfills) is skipped by every browser that runs modules,
  // i.e. every browser Next supports: not part of what they download.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]*\/_next\/static\/[^"]+)"[^>]*>/g)].filter((match) => !/\snomodule(=|\s|>)/i.test(match[0]));
  const sources = new Set(tags.map((match) => match[1]!.replaceAll("&amp;", "&")));
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

export type RscPayload = { path: string; emptyPath: string; bytes: number; emptyBytes: number; posts: number; bytesPerPost: number };

// The section page's RSC payload (what client navigation fetches), less the same page of an empty
// section, per post listed: what each post adds to the payload.
export async function rscPayloadPerPost(baseUrl: string, path: string, emptyPath: string, cookie: string): Promise<RscPayload> {
  const get = async (target: string) => {
    // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to the URL that has it.
    const headers = { cookie, RSC: "1" };
    const first = await fetch(baseUrl + target, { headers, redirect: "manual" });
    const location = first.status === 307 ? first.headers.get("location") : null;
    const response = location?.includes("_rsc") ? await fetch(new URL(location, baseUrl), { headers, redirect: "manual" }) : first;
    const text = await response.text();
    if (response.status !== 200) throw new Error(`RSC payload: ${target} answered ${response.status} ${response.headers.get("location") ?? ""}`);
    return text;
  };
  const [full, empty] = [await get(path), await get(emptyPath)];
  const posts = full.split('"data-testid":"post"').length - 1;
  const [bytes, emptyBytes] = [Buffer.byteLength(full), Buffer.byteLength(empty)];
  return { path, emptyPath, bytes, emptyBytes, posts, bytesPerPost: posts ? Math.round((bytes - emptyBytes) / posts) : 0 };
}
