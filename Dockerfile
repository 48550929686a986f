# Production image: Next.js standalone server. Migrations run from the `build` stage (see
# docker-compose.yml), so the runtime image carries no dev tooling.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci
COPY . .
# Pages are all dynamic; the build never connects, but lib/env wants a well-formed URL.
ENV DATABASE_URL=postgresql://build:build@localhost:5432/build NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN npx next build

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
# MALLOC_ARENA_MAX and the CMD's V8 flags (none) are scripts/next-server.ts's (ADR 0019; tests/unit/next-server.test.ts keeps them equal).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 MALLOC_ARENA_MAX=2
RUN useradd --system --uid 1001 app
COPY --from=build --chown=app /app/.next/standalone ./
COPY --from=build --chown=app /app/.next/static ./.next/static
USER app
EXPOSE 3000
# DATABASE_URL and AUTH_SECRET come from the environment (docker-compose.yml requires both).
CMD ["node", "server.js"]
