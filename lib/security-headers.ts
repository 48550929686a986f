// The security headers of every page and route handler (ADR 0012). Pure, so that proxy.ts can use
// it before Next renders anything and unit tests can read each directive.

export type PolicyOptions = {
  /** A fresh random value per request; Next reads it from the request's CSP and puts it on its scripts. */
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks with eval and Turbopack injects styles. */
  development: boolean;
  /** The browser reached us over TLS (directly or through a proxy that says so). */
  https: boolean;
};

/** 128 random bits, base64: what Next's nonce pattern accepts and nobody can guess. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** The policy of an HTML page: only scripts carrying this request's nonce, and what they load. */
export function pagePolicy({ nonce, development, https }: PolicyOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': the nonced bootstrap scripts may load Next's chunks; no host allow-list.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The stylesheet is a file; Next's own <style> tags carry the nonce; no style="" attributes.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // data: for the join code's QR image, an SVG made on the server.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** JSON, CSV and auth responses render nothing: they may load nothing and be framed nowhere. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

// Features the app never uses, off for the page and anything it might embed.
const PERMISSIONS_POLICY = ["accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Every header a response gets, given its Content-Security-Policy. */
export function securityHeaders(policy: string, { https }: Pick<PolicyOptions, "https">): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // Redundant with frame-ancestors for current browsers; older ones only know this one.
    "X-Frame-Options": "DENY",
    // Browsers ignore HSTS over plain HTTP, and sending it there would pin a dev machine to TLS.
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Whether the browser's connection is TLS: the request's own scheme, or the first
 * X-Forwarded-Proto set by a TLS-terminating proxy in front of the app.
 */
export function isHttps(protocol: string, forwardedProto: string | null): boolean {
  return protocol === "https:" || forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
