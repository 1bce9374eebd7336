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
RUN npm run build && npm prune --omit=dev

# Run stage: production dependencies, compiled code and the knowledge base only, as a non-root user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/knowledge knowledge
USER node
CMD ["node", "--max-semi-space-size=2", "dist/adapters/main.js"]
