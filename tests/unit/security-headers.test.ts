import { describe, expect, it } from "vitest";
import { API_POLICY, isHttps, newNonce, pagePolicy, securityHeaders } from "@/lib/security-headers";

// Directive name → its sources, as a browser splits a policy.
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

const production = { nonce: "bm9uY2Utb2YtdGhlLXRlc3Q=", development: false, https: false };

describe("a page's Content-Security-Policy", () => {
  const policy = directives(pagePolicy(production));

  it("runs only scripts carrying the request's nonce, and what they load", () => {
    expect(policy["script-src"]).toEqual(["'nonce-bm9uY2Utb2YtdGhlLXRlc3Q='", "'strict-dynamic'"]);
  });

  it("takes styles from the app's own files and nonced <style> tags, never style attributes", () => {
    expect(policy["style-src"]).toEqual(["'self'", "'nonce-bm9uY2Utb2YtdGhlLXRlc3Q='"]);
  });

  it("allows no plugins, no <base>, forms posting only to the app, and no framing", () => {
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
  });

  it("loads everything else from the app itself; images also from data: (the QR code)", () => {
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["img-src"]).toEqual(["'self'", "data:"]);
    expect(policy["font-src"]).toEqual(["'self'"]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
  });

  it("names exactly these directives over HTTP, and no eval or inline script", () => {
    expect(Object.keys(policy).sort()).toEqual(
      ["base-uri", "connect-src", "default-src", "font-src", "form-action", "frame-ancestors", "img-src", "object-src", "script-src", "style-src"].sort(),
    );
    expect(pagePolicy(production)).not.toMatch(/unsafe-(eval|inline)/);
  });

  it("upgrades insecure requests only behind HTTPS", () => {
    expect(directives(pagePolicy({ ...production, https: true }))).toHaveProperty("upgrade-insecure-requests");
  });

  it("allows eval and inline styles in `next dev` only, which needs them", () => {
    const dev = directives(pagePolicy({ ...production, development: true }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("the nonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the other headers", () => {
  it("lets route handlers load and be framed nowhere", () => {
    expect(directives(API_POLICY)).toEqual({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] });
  });

  it("turn off sniffing, cross-origin referrers, framing and unused browser features", () => {
    const headers = securityHeaders(API_POLICY, { https: false });
    expect(headers).toMatchObject({
      "Content-Security-Policy": API_POLICY,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
  });

  it("pin HTTPS for two years, subdomains included, only when the request came over HTTPS", () => {
    expect(securityHeaders(API_POLICY, { https: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("take HTTPS from the request's scheme or the first X-Forwarded-Proto", () => {
    expect(isHttps("https:", null)).toBe(true);
    expect(isHttps("http:", "https")).toBe(true);
    expect(isHttps("http:", "HTTPS, http")).toBe(true);
    expect(isHttps("http:", "http, https")).toBe(false);
    expect(isHttps("http:", null)).toBe(false);
  });
});
