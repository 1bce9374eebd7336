#!/usr/bin/env bash
# Builds deploy/.aws-build/, the folder deploy/template.yaml deploys (CodeUri): the compiled code (dist/),
# the knowledge base, package.json and production-only node_modules from the lockfile.
# Needs Node 20 and the npm registry (or its cache), nothing else. Run from anywhere: deploy/build.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/deploy/.aws-build"
cd "$root"

# Dev dependencies (TypeScript) are needed to compile; an existing install is reused.
if [ ! -d node_modules ]; then
  npm ci --ignore-scripts --no-audit --no-fund
fi
# A clean compile, so no output of a since-deleted source file is shipped.
rm -rf dist
npm run -s build

rm -rf "$out"
mkdir -p "$out"
cp -R dist knowledge assets package.json package-lock.json "$out/"
# Benchmarks and the build-time tools never run on Lambda (and bench/ imports dev dependencies).
rm -rf "$out/dist/bench" "$out/dist/tools" "$out/dist/.tsbuildinfo"
# Scripts off: `prepare` would try to build again, and the runtime dependencies need no install scripts.
(cd "$out" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund)

echo "deploy/.aws-build: $(du -sh "$out" | cut -f1) ($(du -sh "$out/node_modules" | cut -f1) node_modules)"
