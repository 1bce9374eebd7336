# Build stage: compile TypeScript and the knowledge snapshot with dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY adapters adapters
COPY tools tools
COPY bench bench
COPY knowledge knowledge
COPY assets assets
# The Lambda bundles (dist/lambda) are for deploy/; the image runs the compiled modules.
RUN npm run build && npm prune --omit=dev && rm -rf dist/bench dist/lambda

# Run stage: production dependencies, compiled code and the knowledge base only, as a non-root user.
FROM node:20-bookworm-slim
# The cost chart draws its text in DejaVu Sans: a cut-down copy ships in assets/fonts; the full one (from
# Debian) draws any label with other characters (adapters/shared/chart-png.ts). The slim image has no fonts.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/knowledge knowledge
COPY --from=build /app/assets assets
USER node
# One port for /slack/events, /discord/interactions, /healthz and /readyz (PORT, default 3000).
ENV PORT=3000
EXPOSE 3000
# The slim image has no curl: Node's fetch checks the health endpoint.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The flags of adapters/node-flags.ts (a small young generation: about 80 MB resident); SIGTERM drains replies in flight.
CMD ["node", "--max-semi-space-size=2", "dist/adapters/main.js"]
