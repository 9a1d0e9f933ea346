/**
 * Gateway overhead on a real turn: the real engine plays a scripted turn (a command and a file
 * change, each approved by the client, then DELTAS text deltas) once through codex-api (HTTP/2,
 * a minimal client: bench/lib/engine/gateway-client.ts) and once driven directly over the
 * engine's stdio JSON-RPC by a minimal client (bench/lib/engine/direct-engine.ts: same binary,
 * argv, environment and catalog).
 *
 *   node --import tsx --expose-gc bench/turn.ts [--quick]
 *
 * - turn time: `user_message` sent → terminal `status` received; direct: `thread/start` sent →
 *   `turn/completed` received (a new session's first message starts a thread too).
 * - delta latency: the scripted model's write of a delta → the client holding it, on one
 *   performance.now() clock (model, codex-api and both clients share this process; see
 *   bench/lib/engine/model-writes.ts). Paced: deltas 1 ms apart. Burst: all in one write, where
 *   latency is queueing and the figure that matters is throughput: deltas / (last received −
 *   written).
 * Runs alternate direct and codex-api, the order flipped each round, so load on a shared machine
 * hits both alike; ratios are paired within a round.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { ThreadSettings } from "../src/core/engine-port.js";
import { SCRIPTED_MODEL_SLUG } from "../src/main.js";
import { startScriptedModel } from "../src/scripted-model/index.js";
import { DirectEngine } from "./lib/engine/direct-engine.js";
import { GatewayConnection } from "./lib/engine/gateway-client.js";
import { runGatewayTurn, startGateway } from "./lib/engine/gateway.js";
import { modelWriteTimes, recordModelWrites } from "./lib/engine/model-writes.js";
import { cpuMs, otherLoad } from "./lib/engine/proc.js";
import { benchScript, turnPrompt, type DeltaMode } from "./lib/engine/turn-script.js";
import type { TurnRecord } from "./lib/engine/turn-record.js";
import { benchArgs, format, spread, summarize, table, writeResult, type Summary } from "./lib/report.js";

const { quick } = benchArgs();
const DELTAS = quick ? 500 : 2_000;
const WARMUP_ROUNDS = 1;
const MODES: DeltaMode[] = ["paced", "burst"];
/** Measured runs per path. A burst turn takes ~0.5 s and a hiccup of the shared machine moves it a lot: more of them. */
const ROUNDS: Record<DeltaMode, number> = quick ? { paced: 2, burst: 2 } : { paced: 7, burst: 15 };
const PATHS = ["direct", "codex-api"] as const;
type Path = (typeof PATHS)[number];

const gc = (globalThis as { gc?: () => void }).gc;
const script = benchScript(DELTAS);

const gateway = await startGateway(script, ["--approval-policy", "untrusted"]);
const model = await startScriptedModel(script, { modelSlug: SCRIPTED_MODEL_SLUG });
const directDir = await mkdtemp(join(tmpdir(), "codex-api-bench-direct-"));
const directWorkspace = join(directDir, "workspace");
await mkdir(directWorkspace);
const direct = await DirectEngine.start({ modelUrl: model.url, slug: SCRIPTED_MODEL_SLUG, codexHome: join(directDir, "codex-home") });
// What codex-api's defaults plus `--approval-policy untrusted` give a new session's thread.
const directSettings: ThreadSettings = { cwd: directWorkspace, model: SCRIPTED_MODEL_SLUG, approvalPolicy: "untrusted", sandbox: "workspace-write" };
const connection = await GatewayConnection.open(gateway.api.url);

interface Run {
  turnMs: number;
  /** Per delta: model write → client receipt, ms. */
  latenciesMs: number[];
  /** Burst: deltas per second from the model's write to the last delta received. */
  deltasPerSecond: number;
  ownCpuMs: number;
  engineCpuMs: number;
  /** Cores the rest of the machine kept busy meanwhile. */
  otherCores: number;
}

async function runOnce(path: Path, mode: DeltaMode): Promise<Run> {
  const received = new Float64Array(DELTAS).fill(Number.NaN);
  const onDelta = (index: number, at: number) => {
    if (index >= 0 && index < DELTAS) received[index] = at;
  };
  const enginePid = path === "direct" ? direct.pid : gateway.enginePid;
  gc?.();
  const cpu = process.cpuUsage();
  const engineCpu = cpuMs(enginePid);
  recordModelWrites();
  const { result: record, cores: otherCores } = await otherLoad(["self", direct.pid, gateway.enginePid], async (): Promise<TurnRecord> => {
    if (path === "direct") return direct.runTurn(directSettings, turnPrompt(mode), onDelta);
    const session = await connection.openSession();
    const result = await runGatewayTurn(session, turnPrompt(mode), onDelta);
    await session.close();
    return result;
  });
  const written = modelWriteTimes(DELTAS);
  const ownCpu = process.cpuUsage(cpu);
  if (record.status !== "completed" || record.deltas !== DELTAS || record.prompts !== 2) {
    throw new Error(`${path} ${mode} turn: ${record.status}, ${record.deltas}/${DELTAS} deltas, ${record.prompts}/2 prompts`);
  }
  const latenciesMs = Array.from(received, (at, i) => at - written[i]!);
  if (!latenciesMs.every(Number.isFinite)) throw new Error(`${path} ${mode} turn: a delta's write or receipt time is missing`);
  return {
    turnMs: record.endedAt - record.sentAt,
    latenciesMs,
    deltasPerSecond: DELTAS / ((Math.max(...received) - Math.min(...written)) / 1000),
    ownCpuMs: (ownCpu.user + ownCpu.system) / 1000,
    engineCpuMs: cpuMs(enginePid) - engineCpu,
    otherCores,
  };
}

const runs = new Map<string, Run[]>(MODES.flatMap((mode) => PATHS.map((path) => [`${mode}/${path}`, []] as [string, Run[]])));
const key = (mode: DeltaMode, path: Path) => `${mode}/${path}`;
try {
  for (let round = 0; round < WARMUP_ROUNDS + Math.max(...Object.values(ROUNDS)); round++) {
    const order = round % 2 === 0 ? PATHS : [...PATHS].reverse();
    for (const mode of MODES.filter((m) => round < WARMUP_ROUNDS + ROUNDS[m])) {
      for (const path of order) {
        const run = await runOnce(path, mode);
        if (round >= WARMUP_ROUNDS) runs.get(key(mode, path))!.push(run);
      }
    }
  }
} finally {
  await connection.close();
  await direct.close();
  await model.close();
  await gateway.close();
  await rm(directDir, { recursive: true, force: true });
}

// ---- report ---------------------------------------------------------------------

const of = (mode: DeltaMode, path: Path) => runs.get(key(mode, path))!;
const pick = (mode: DeltaMode, path: Path, field: "turnMs" | "deltasPerSecond" | "ownCpuMs" | "engineCpuMs") => of(mode, path).map((run) => run[field]);
/** Gateway over direct, paired by round. */
const paired = (mode: DeltaMode, field: "turnMs" | "deltasPerSecond") => {
  const gatewayRuns = pick(mode, "codex-api", field);
  return summarize(pick(mode, "direct", field).map((value, round) => gatewayRuns[round]! / value));
};
const pooled = (mode: DeltaMode, path: Path) => summarize(of(mode, path).flatMap((run) => run.latenciesMs));
const perRunOf = (mode: DeltaMode, path: Path, q: "p50" | "p99") => of(mode, path).map((run) => summarize(run.latenciesMs)[q]);
const perRun = (mode: DeltaMode, path: Path, q: "p50" | "p99") => summarize(perRunOf(mode, path, q));
/** codex-api minus direct, paired by round: a stall of the shared machine during one run moves one pair only. */
const addedPerRun = (mode: DeltaMode, q: "p50" | "p99") => {
  const direct = perRunOf(mode, "direct", q);
  return summarize(perRunOf(mode, "codex-api", q).map((value, round) => value - direct[round]!));
};
const ratio = (s: Summary) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;

const turnRows = MODES.map((mode) => [
  mode,
  spread(summarize(pick(mode, "direct", "turnMs"))),
  spread(summarize(pick(mode, "codex-api", "turnMs"))),
  ratio(paired(mode, "turnMs")),
]);
const latencyRows = MODES.flatMap((mode) => {
  const rows = PATHS.map((path) => {
    const all = pooled(mode, path);
    return [mode, path, format(all.p50), format(all.p99), spread(perRun(mode, path, "p50")), spread(perRun(mode, path, "p99"))];
  });
  const added = (q: "p50" | "p99") => format(pooled(mode, "codex-api")[q] - pooled(mode, "direct")[q]);
  return [...rows, [mode, "added by codex-api", added("p50"), added("p99"), spread(addedPerRun(mode, "p50")), spread(addedPerRun(mode, "p99"))]];
});
const throughput = {
  direct: summarize(pick("burst", "direct", "deltasPerSecond")),
  gateway: summarize(pick("burst", "codex-api", "deltasPerSecond")),
  ratio: paired("burst", "deltasPerSecond"),
};
const cpuRows = MODES.flatMap((mode) =>
  PATHS.map((path) => [mode, path, spread(summarize(pick(mode, path, "ownCpuMs"))), spread(summarize(pick(mode, path, "engineCpuMs")))]),
);

const background = summarize([...runs.values()].flat().map((run) => run.otherCores));
const turnRatio = Math.max(...MODES.map((mode) => paired(mode, "turnMs").median));
const addedP99 = addedPerRun("paced", "p99").median;
const targets = [
  [`turn time ratio ≤ 1.05 (worse mode, median of paired runs)`, format(turnRatio), turnRatio <= 1.05],
  [`added p99 delta latency < 5 ms, paced (median of paired runs)`, `${format(addedP99)} ms`, addedP99 < 5],
  [`burst throughput ≥ 0.95× direct (median of paired runs)`, format(throughput.ratio.median), throughput.ratio.median >= 0.95],
] as const;

console.log(
  `One turn: 2 approvals (command, file change), then ${DELTAS} text deltas; ${ROUNDS.paced} paced and ${ROUNDS.burst} burst runs per path after ${WARMUP_ROUNDS} warm-up, ` +
    `direct and codex-api alternating; median (min–max).${quick ? " --quick: numbers are not meaningful." : ""} ` +
    `Other processes kept ${format(background.median)} of ${cpus().length} cores busy during the median run (${format(background.min)}–${format(background.max)}).\n`,
);
console.log(`### Turn time, ms (user_message sent → terminal status)\n\n${table(["deltas", "direct", "codex-api", "codex-api ÷ direct"], turnRows)}\n`);
console.log(
  `### Delta latency, ms (model write → client receipt)\n\nAll deltas of all runs pooled; the last two columns are the spread of per-run figures ` +
    `(for "added": codex-api's minus direct's, paired by round). ` +
    `Burst latency is queueing behind the earlier deltas of the same write.\n\n` +
    `${table(["deltas", "path", "p50", "p99", "per-run p50", "per-run p99"], latencyRows)}\n`,
);
console.log(
  `### Burst throughput, deltas/s (model write → last delta received)\n\n` +
    `${table(["direct", "codex-api", "codex-api ÷ direct"], [[spread(throughput.direct), spread(throughput.gateway), ratio(throughput.ratio)]])}\n`,
);
console.log(`### CPU per turn, ms\n\nThis process holds the scripted model and the client on both paths, and codex-api on its own.\n\n${table(["deltas", "path", "this process", "engine"], cpuRows)}\n`);
console.log(`### Targets\n\n${table(["target", "measured", "met"], targets.map(([name, value, met]) => [name, value, met ? "yes" : "**no**"]))}`);

const path = writeResult("turn", {
  quick,
  deltas: DELTAS,
  rounds: ROUNDS,
  warmupRounds: WARMUP_ROUNDS,
  modes: Object.fromEntries(
    MODES.map((mode) => [
      mode,
      {
        turnMs: Object.fromEntries(PATHS.map((p) => [p, summarize(pick(mode, p, "turnMs"))])),
        turnRatio: paired(mode, "turnMs"),
        latencyMs: Object.fromEntries(PATHS.map((p) => [p, pooled(mode, p)])),
        cpuMs: Object.fromEntries(PATHS.map((p) => [p, { own: summarize(pick(mode, p, "ownCpuMs")), engine: summarize(pick(mode, p, "engineCpuMs")) }])),
      },
    ]),
  ),
  burstDeltasPerSecond: throughput,
  otherCores: background,
  targets: targets.map(([name, value, met]) => ({ name, value, met })),
  samples: Object.fromEntries([...runs].map(([k, list]) => [k, list.map(({ latenciesMs: _, ...rest }) => rest)])),
});
console.log(`\nwrote ${path}`);
