/**
 * Paired A/B of codex-api variants at scale: the scale benchmark's batch (N sessions each running
 * the burst turn at once, every prompt allowed; its flags and connections), through two or more `codex-api` processes side by
 * side, batches alternating so that load on the machine hits every variant alike. For a change
 * whose effect is smaller than the scale benchmark's run-to-run noise (bench/README.md, scale).
 *
 *   node --import tsx bench/ab.ts BATCHES VARIANT VARIANT…
 *   VARIANT = label=path/to/cli/server.js[,flag,value…]
 *   e.g. node --import tsx bench/ab.ts 3 before=/tmp/before/dist/cli/server.js now=dist/cli/server.js
 *        node --import tsx bench/ab.ts 3 join0=dist/cli/server.js,--engine-delta-join-ms,0 join50=dist/cli/server.js
 *
 * A build to compare against: `git worktree add /tmp/before <commit>`, link node_modules into it,
 * `npm run build` there. N (default 100) comes from BENCH_AB_SESSIONS. Per batch: codex-api's and
 * its engine's CPU, codex-api's as a share of its engine's, wall time, frames the clients got,
 * first item p50/p99, and codex-api's peak RSS so far; then each variant's mean share.
 */
import { mkdir } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { SCRIPTED_MODEL_SLUG } from "../src/main.js";
import { startScriptedModel } from "../src/scripted-model/index.js";
import { concurrentTurnFlags, runGatewayTurn, startGatewayProcess, withSessions, type GatewayProcess } from "./lib/engine/gateway.js";
import { cpuMs, memory } from "./lib/engine/proc.js";
import { benchScript, turnPrompt } from "./lib/engine/turn-script.js";
import { format } from "./lib/report.js";

const WARMUP_SESSIONS = 10;
const MB = 2 ** 20;

const [batchesArg, ...variantArgs] = process.argv.slice(2);
const batches = Number(batchesArg);
const sessions = Number(process.env.BENCH_AB_SESSIONS ?? 100);
if (!Number.isInteger(batches) || batches < 1 || batches > 20 || variantArgs.length < 1 || !Number.isInteger(sessions) || sessions < 1 || sessions > 200) {
  console.error("usage: node --import tsx bench/ab.ts BATCHES(1-20) label=cli[,flag,value…]…  (BENCH_AB_SESSIONS: 1-200, default 100)");
  process.exit(2);
}
const variants = variantArgs.map((arg) => {
  const [label, spec] = arg.split("=", 2);
  const [cli, ...flags] = (spec ?? "").split(",");
  if (!label || !cli) throw new Error(`a variant is label=cli[,flag,value…], got ${arg}`);
  return { label, cli: isAbsolute(cli) ? cli : join(process.cwd(), cli), flags };
});

interface Running {
  label: string;
  gateway: GatewayProcess;
  dirs: string[];
  shares: number[];
}

function batch(variant: Running, n: number) {
  return withSessions(variant.gateway.url, variant.dirs.slice(0, n), async (opened) => {
    let frames = 0;
    const apiBefore = cpuMs(variant.gateway.pid);
    const engineBefore = cpuMs(variant.gateway.enginePid);
    const startedAt = performance.now();
    const records = await Promise.all(
      opened.map((session) => {
        const done = runGatewayTurn(session, turnPrompt("burst"));
        // runGatewayTurn took the session's frames; count them on the way.
        const handle = session.onFrame;
        session.onFrame = (frame, at) => {
          frames++;
          handle(frame, at);
        };
        return done;
      }),
    );
    const firstItem = records.map((r) => r.firstItemAt - r.sentAt).sort((a, b) => a - b);
    return {
      apiMs: cpuMs(variant.gateway.pid) - apiBefore,
      engineMs: cpuMs(variant.gateway.enginePid) - engineBefore,
      wallMs: performance.now() - startedAt,
      frames,
      completed: records.filter((r) => r.status === "completed").length,
      firstItemP50: firstItem[Math.floor(firstItem.length * 0.5)]!,
      firstItemP99: firstItem[Math.min(firstItem.length - 1, Math.floor(firstItem.length * 0.99))]!,
    };
  });
}

const model = await startScriptedModel(benchScript(), { modelSlug: SCRIPTED_MODEL_SLUG });
const running: Running[] = [];
try {
  for (const { label, cli, flags } of variants) {
    // startGatewayProcess runs the command BENCH_CODEX_API_CLI names.
    process.env.BENCH_CODEX_API_CLI = cli;
    const gateway = await startGatewayProcess(model.url, SCRIPTED_MODEL_SLUG, [...concurrentTurnFlags(sessions), ...flags]);
    const dirs = Array.from({ length: sessions }, (_, i) => join(gateway.workspace, `s${i}`));
    await Promise.all(dirs.map((dir) => mkdir(dir, { recursive: true })));
    running.push({ label, gateway, dirs, shares: [] });
  }
  for (const variant of running) await batch(variant, Math.min(sessions, WARMUP_SESSIONS));
  for (let round = 0; round < batches; round++) {
    for (const variant of round % 2 === 0 ? running : [...running].reverse()) {
      const r = await batch(variant, sessions);
      const share = (100 * r.apiMs) / r.engineMs;
      variant.shares.push(share);
      console.log(
        `${variant.label} batch ${round}: codex-api ${format(r.apiMs)} ms, engine ${format(r.engineMs)} ms, share ${share.toFixed(1)} %, ` +
          `wall ${format(r.wallMs)} ms, frames ${r.frames}, completed ${r.completed}/${sessions}, first item p50/p99 ${format(r.firstItemP50)}/${format(r.firstItemP99)} ms, ` +
          `codex-api peak RSS ${format(memory(variant.gateway.pid).peak / MB)} MB`,
      );
    }
  }
  for (const { label, shares } of running) {
    console.log(`${label}: mean share ${(shares.reduce((a, b) => a + b, 0) / shares.length).toFixed(2)} % (${shares.map((s) => s.toFixed(1)).join(" / ")})`);
  }
} finally {
  for (const { gateway } of running) await gateway.close();
  await model.close();
}
