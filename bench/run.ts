// `npm run bench [-- name… ] [-- --quick]`: runs each benchmark in its own process (a clean heap
// and JIT state per benchmark), one after another, and stops at the first that fails.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describeMachine } from "./lib/report.js";

/** Every benchmark, in the order `npm run bench` runs them. */
export const BENCHMARKS = ["codec", "transport-out", "transport-in", "roundtrip", "turn", "scale", "h2load", "replay-flood"] as const;

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const named = args.filter((a) => !a.startsWith("--"));
const unknown = named.filter((n) => !(BENCHMARKS as readonly string[]).includes(n));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(", ")}; known: ${BENCHMARKS.join(", ")}`);
  process.exit(2);
}
const selected = named.length > 0 ? named : BENCHMARKS.filter((b) => existsSync(join(import.meta.dirname, `${b}.ts`)));
// The scale benchmark runs the built `codex-api` command: build it from this checkout first.
if (selected.includes("scale")) {
  const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}
console.log(`# codex-api benchmarks${quick ? " (--quick: checks they run; numbers are not meaningful)" : ""}\n${describeMachine()}\n`);
for (const name of selected) {
  console.log(`\n## ${name}\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(import.meta.dirname, `${name}.ts`), ...(quick ? ["--quick"] : [])], {
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(`benchmark ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  console.log(`\n(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
