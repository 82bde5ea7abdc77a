# Byline in production: compile with the dev tools in one stage, run the compiled JavaScript with
# only the runtime dependencies (`npm ci --omit=dev`) in the next — the path `.ci/production`
# checks on every CI run.
#   docker build -t byline .
#   docker run -d --env-file .env -v byline-corpus:/app/corpus -v byline-cache:/app/.cache \
#     -v byline-feedback:/app/feedback byline
# Node 24 (Active LTS); Byline is tested on 20, 22 and 24.

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY commands commands
COPY scripts/bench scripts/bench
RUN npm run build

FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production \
    CORPUS_DIR=/app/corpus \
    CACHE_DIR=/app/.cache \
    FEEDBACK_FILE=/app/feedback/feedback.jsonl \
    HEALTH_PORT=8080
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist dist
# The bundled articles fill a new, empty corpus volume, so the image answers out of the box.
COPY seeds corpus
RUN mkdir -p .cache feedback && chown -R node:node corpus .cache feedback
USER node
# The articles, the index snapshot (rebuilt from the corpus if lost) and the 👍/👎 log outlive the container.
VOLUME ["/app/corpus", "/app/.cache", "/app/feedback"]
# GET /health on 127.0.0.1 inside the container: 200 once the index is loaded and the gateway is ready.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
