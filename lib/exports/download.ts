// A file download from a route handler. The name keeps ASCII letters, digits, spaces, _ and - (so it
// cannot break out of the header's quotes) before its extension.
const TYPES = { md: "text/markdown; charset=utf-8", json: "application/json; charset=utf-8" } as const;

export function downloadResponse(name: string, extension: keyof typeof TYPES, content: string): Response {
  const safe = name.replace(/[^\w -]+/g, "").trim() || "export";
  return new Response(content, {
    headers: {
      "Content-Type": TYPES[extension],
      "Content-Disposition": `attachment; filename="${safe}.${extension}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
