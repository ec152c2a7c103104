# Waymark production image: `docker build -t waymark .`
# Run with DATABASE_URL (and REDIS_URL to scale out); see docker-compose.yml.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# prisma/ is needed by the postinstall step (prisma generate).
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 WAYMARK_DATA_DIR=/data
# tsx runs the TypeScript migration and seed tools (db:deploy, db:seed).
COPY --from=build /app ./
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Migrations and the built-in roadmaps are applied at start, under a PostgreSQL
# advisory lock, so several replicas can start together.
CMD ["node_modules/.bin/next", "start"]
