# Waymark production image: `docker build -t waymark .`
# Run with DATABASE_URL (and REDIS_URL to scale out); see docker-compose.yml.
# The runner stage's COPY lines are also replayed without Docker by the image
# check (e2e/resilience/production-image.spec.ts), which starts the result.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 WAYMARK_STANDALONE=1
COPY package.json package-lock.json prisma.config.ts ./
# prisma/ is needed by the postinstall step (prisma generate).
COPY prisma ./prisma
RUN npm install --no-audit --no-fund
COPY . .
RUN npx next build

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 WAYMARK_DATA_DIR=/data
# The fonts link-preview cards are drawn with (server/platform/system-fonts.ts): Latin, Arabic and
# Japanese, read from disk (without them next/og would try to download fonts for each card).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-ipafont-gothic \
  && rm -rf /var/lib/apt/lists/*
# server.js and the packages it loads (traced by Next), then what it reads from disk.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
COPY --from=build --chown=node:node /app/prisma/roadmaps ./prisma/roadmaps
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME ["/data"]
# Ready: the database answers within a second (Redis down only degrades).
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# Migrations and the built-in roadmaps are applied at start, under a PostgreSQL
# advisory lock, so several replicas can start together. SIGTERM drains requests.
# The young generation's size: see docs/operating.md (the same flag as `npm start`).
CMD ["node", "--max-semi-space-size=64", "server.js"]
