/**
 * The V8 flags the bot's long-running processes run with, in one list. Discord's shards and the benches take
 * them from here; npm start (package.json) and the container's CMD (Dockerfile) cannot import a module, so
 * they spell the list out and test/entry/node-flags.test.ts holds both to it.
 *
 * --max-semi-space-size=2: Node's default young generation grows to 16 MB semi-spaces under load, which took
 * peak RSS to about 112 MB; capped, it stays near 80 MB (npm run bench) for 5–10% more scavenging.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
