#!/usr/bin/env bash
# Builds deploy/.aws-build/, the folder deploy/template.yaml deploys (CodeUri): the bundled Lambda handlers
# (dist/lambda/, which hold their dependencies), the knowledge snapshot they start from, the knowledge base
# (checked against the snapshot at start-up) and package.json (which makes the bundles ES modules).
# Needs Node 20 and the npm registry (or its cache), nothing else. Run from anywhere: deploy/build.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/deploy/.aws-build"
cd "$root"

# Dev dependencies (TypeScript, esbuild) are needed to build; an existing install is reused.
if [ ! -d node_modules ]; then
  npm ci --ignore-scripts --no-audit --no-fund
fi
# A clean build, so no output of a since-deleted source file is shipped.
rm -rf dist
npm run -s build

rm -rf "$out"
mkdir -p "$out/dist"
cp -R dist/lambda dist/knowledge-snapshot.json "$out/dist/"
cp -R knowledge package.json "$out/"

echo "deploy/.aws-build: $(du -sh "$out" | cut -f1)"
