/**
 * Scale: N sessions each running the benchmark turn at once (bench/lib/engine/turn-script.ts,
 * burst variant: a command and a file change, both approved, then 2,000 deltas in one write),
 * through codex-api and directly against the engine (N threads in one engine, the minimal client
 * of bench/lib/engine/direct-engine.ts); then many idle sessions held open.
 *
 *   node --import tsx --expose-gc bench/scale.ts [--quick]
 *
 * Per N, each path gets a fresh engine (so its VmHWM is that N's peak), a warm-up batch, then
 * batches alternating direct and codex-api. A batch: total wall time (first message sent → last
 * terminal status), time to first item per session (message sent → first item received), CPU of
 * this process (the scripted model and the clients on both paths, codex-api too on its own) and
 * of the engine, peak RSS (this process sampled every 25 ms; the engine's VmHWM).
 * Idle: sessions opened from a child process (so the clients' memory is not counted), heartbeats
 * every IDLE_HEARTBEAT_MS; memory per session after GC, and the spacing of the server's heartbeats
 * as the clients received them.
 */
import { fork } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { ThreadSettings } from "../src/core/engine-port.js";
import { SCRIPTED_MODEL_SLUG } from "../src/main.js";
import { startScriptedModel } from "../src/scripted-model/index.js";
import { barChart } from "./lib/engine/bar-chart.js";
import { DirectEngine } from "./lib/engine/direct-engine.js";
import { GatewayConnection } from "./lib/engine/gateway-client.js";
import { concurrentTurnFlags, runGatewayTurn, startGateway, startGatewayProcess, STREAMS_PER_CONNECTION, withSessions, type GatewayProcess } from "./lib/engine/gateway.js";
import { cpuMs, memory, otherLoad, peakRss } from "./lib/engine/proc.js";
import { benchScript, turnPrompt } from "./lib/engine/turn-script.js";
import type { TurnRecord } from "./lib/engine/turn-record.js";
import { benchArgs, format, spread, summarize, table, writeResult } from "./lib/report.js";

const { quick } = benchArgs();
/** N → measured batches per path (after one warm-up batch); the big points get fewer. */
const POINTS: [number, number][] = quick
  ? [
      [1, 1],
      [5, 1],
    ]
  : [
      [1, 15],
      [10, 7],
      [50, 3],
      [100, 3],
    ];
const WARMUP_SESSIONS = 10;
const IDLE_SESSIONS = quick ? 100 : 1_000;
const IDLE_HEARTBEAT_MS = 500;
const IDLE_COLLECT_MS = quick ? 3_000 : 10_000;
const MB = 2 ** 20;
const PATHS = ["direct", "codex-api"] as const;
type Path = (typeof PATHS)[number];

const gc = (globalThis as { gc?: () => void }).gc;
const script = benchScript();
const prompt = turnPrompt("burst");

interface Batch {
  completed: number;
  wallMs: number;
  firstItemMs: number[];
  ownCpuMs: number;
  engineCpuMs: number;
  /** CPU of the codex-api process (the codex-api path only; 0 on the direct path). */
  codexApiCpuMs: number;
  /** Peak RSS of the codex-api process (the codex-api path only). */
  codexApiPeakRss: number;
  ownPeakRss: number;
  /** Cores the rest of the machine kept busy meanwhile. */
  otherCores: number;
}

interface Point {
  n: number;
  batches: Record<Path, Batch[]>;
  enginePeakRss: Record<Path, number>;
}

/** One directory per session, so concurrent turns do not share the file they write. */
async function sessionDirs(workspace: string, n: number): Promise<string[]> {
  const dirs = Array.from({ length: n }, (_, i) => join(workspace, `s${i}`));
  await Promise.all(dirs.map((dir) => mkdir(dir, { recursive: true })));
  return dirs;
}

/**
 * `enginePids`: the engine of the path measured first, then the other path's (idle) one;
 * `gatewayPid`: the codex-api process, counted as ours on both paths (idle on the direct one).
 */
async function measure(enginePids: [number, number], gatewayPid: number, measureGateway: boolean, run: () => Promise<TurnRecord[]>): Promise<Batch> {
  const [enginePid] = enginePids;
  gc?.();
  const cpu = process.cpuUsage();
  const engineCpu = cpuMs(enginePid);
  const gatewayCpu = cpuMs(gatewayPid);
  const startedAt = performance.now();
  const {
    result: { result: records, peaks },
    cores: otherCores,
  } = await otherLoad(["self", gatewayPid, ...enginePids], () => peakRss(["self", gatewayPid], run));
  const ownCpu = process.cpuUsage(cpu);
  return {
    completed: records.filter((r) => r.status === "completed" && r.prompts === 2).length,
    wallMs: Math.max(...records.map((r) => r.endedAt)) - startedAt,
    firstItemMs: records.map((r) => r.firstItemAt - r.sentAt),
    ownCpuMs: (ownCpu.user + ownCpu.system) / 1000,
    engineCpuMs: cpuMs(enginePid) - engineCpu,
    codexApiCpuMs: measureGateway ? cpuMs(gatewayPid) - gatewayCpu : 0,
    ownPeakRss: peaks[0]!,
    codexApiPeakRss: measureGateway ? peaks[1]! : 0,
    otherCores,
  };
}

function gatewayBatch(gateway: GatewayProcess, idleEnginePid: number, dirs: string[]): Promise<Batch> {
  return withSessions(gateway.url, dirs, (sessions) =>
    measure([gateway.enginePid, idleEnginePid], gateway.pid, true, () => Promise.all(sessions.map((session) => runGatewayTurn(session, prompt)))),
  );
}

function directBatch(direct: DirectEngine, idleEnginePid: number, gatewayPid: number, settings: ThreadSettings, dirs: string[]): Promise<Batch> {
  return measure([direct.pid, idleEnginePid], gatewayPid, false, () => Promise.all(dirs.map((cwd) => direct.runTurn({ ...settings, cwd }, prompt))));
}

async function runPoint(n: number, batches: number): Promise<Point> {
  // One scripted model in this process serves both paths; codex-api runs as its own process.
  const model = await startScriptedModel(script, { modelSlug: SCRIPTED_MODEL_SLUG });
  const gateway = await startGatewayProcess(model.url, SCRIPTED_MODEL_SLUG, concurrentTurnFlags(n));
  const directDir = await mkdtemp(join(tmpdir(), "codex-api-bench-direct-"));
  const direct = await DirectEngine.start({ modelUrl: model.url, slug: SCRIPTED_MODEL_SLUG, codexHome: join(directDir, "codex-home") });
  try {
    const dirs = { "codex-api": await sessionDirs(gateway.workspace, n), direct: await sessionDirs(join(directDir, "workspace"), n) };
    const settings: ThreadSettings = { cwd: join(directDir, "workspace"), model: SCRIPTED_MODEL_SLUG, approvalPolicy: "untrusted", sandbox: "workspace-write" };
    const batch = (path: Path, sessions: string[]) =>
      path === "direct" ? directBatch(direct, gateway.enginePid, gateway.pid, settings, sessions) : gatewayBatch(gateway, direct.pid, sessions);
    for (const path of PATHS) await batch(path, dirs[path].slice(0, Math.min(n, WARMUP_SESSIONS)));
    const point: Point = { n, batches: { direct: [], "codex-api": [] }, enginePeakRss: { direct: 0, "codex-api": 0 } };
    for (let round = 0; round < batches; round++) {
      for (const path of round % 2 === 0 ? PATHS : [...PATHS].reverse()) {
        const result = await batch(path, dirs[path]);
        if (result.completed !== n) throw new Error(`N=${n} ${path}: ${result.completed} of ${n} turns completed`);
        point.batches[path].push(result);
      }
    }
    point.enginePeakRss = { direct: memory(direct.pid).peak, "codex-api": memory(gateway.enginePid).peak };
    return point;
  } finally {
    await direct.close();
    await gateway.close();
    await model.close();
    await rm(directDir, { recursive: true, force: true });
  }
}

interface Idle {
  sessions: number;
  heapPerSessionBytes: number;
  /** Outside the V8 heap: Buffers (`external`). nghttp2's own state shows only in RSS. */
  externalPerSessionBytes: number;
  rssPerSessionBytes: number;
  /** CPU of this process (the server) while the sessions sat idle, as a share of one core. */
  cpuShare: number;
  heartbeatIntervalsMs: number[];
}

function settledMemory(): { heap: number; external: number; rss: number } {
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, external: usage.external, rss: usage.rss };
}

async function runIdle(): Promise<Idle> {
  const gateway = await startGateway(script, ["--heartbeat-interval-ms", String(IDLE_HEARTBEAT_MS), "--max-sessions", String(IDLE_SESSIONS * 2)]);
  const child = fork(join(import.meta.dirname, "lib/engine/idle-clients.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ask = <T>(command: object): Promise<T> =>
    new Promise((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the idle clients exited (code ${code})`));
      child.once("exit", exited);
      child.once("message", (message: T & { error?: string }) => {
        child.off("exit", exited);
        if (message.error === undefined) resolve(message);
        else reject(new Error(message.error));
      });
      child.send(command);
    });
  try {
    // Warm the server's stream code first, so the baseline holds its compiled code.
    const warm = await GatewayConnection.open(gateway.api.url);
    await Promise.all(Array.from({ length: 10 }, () => warm.openSession().then((session) => session.close())));
    await warm.close();
    const before = settledMemory();
    const { opened } = await ask<{ opened: number }>({ open: { url: gateway.api.url, sessions: IDLE_SESSIONS, perConnection: STREAMS_PER_CONNECTION } });
    if (opened !== IDLE_SESSIONS) throw new Error(`${opened} of ${IDLE_SESSIONS} idle sessions opened`);
    const cpu = process.cpuUsage();
    const { intervalsMs } = await ask<{ intervalsMs: number[] }>({ collect: IDLE_COLLECT_MS });
    const idleCpu = process.cpuUsage(cpu);
    const after = settledMemory();
    return {
      sessions: IDLE_SESSIONS,
      heapPerSessionBytes: (after.heap - before.heap) / IDLE_SESSIONS,
      externalPerSessionBytes: (after.external - before.external) / IDLE_SESSIONS,
      rssPerSessionBytes: (after.rss - before.rss) / IDLE_SESSIONS,
      cpuShare: (idleCpu.user + idleCpu.system) / 1000 / IDLE_COLLECT_MS,
      heartbeatIntervalsMs: intervalsMs,
    };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      if (child.connected) child.send({ close: true });
      const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(kill);
    }
    await gateway.close();
  }
}

// Idle first: the process has not yet grown and shrunk its heap for big batches, which would
// make an RSS difference meaningless.
const idle = await runIdle();
const points: Point[] = [];
for (const [n, batches] of POINTS) points.push(await runPoint(n, batches));

// ---- report ---------------------------------------------------------------------

const batchesOf = (point: Point, path: Path) => point.batches[path];
const wall = (point: Point, path: Path) => summarize(batchesOf(point, path).map((b) => b.wallMs));
const firstItem = (point: Point, path: Path) => summarize(batchesOf(point, path).flatMap((b) => b.firstItemMs));
const cpu = (point: Point, path: Path, field: "ownCpuMs" | "engineCpuMs" | "codexApiCpuMs") => summarize(batchesOf(point, path).map((b) => b[field]));
/** codex-api's CPU as a share of its engine's, per batch of the codex-api path. */
const codexApiShare = (point: Point) => summarize(batchesOf(point, "codex-api").map((b) => b.codexApiCpuMs / b.engineCpuMs));
const ownPeak = (point: Point, path: Path) => Math.max(...batchesOf(point, path).map((b) => b.ownPeakRss));
/** codex-api over direct, paired by round. */
const wallRatio = (point: Point) => summarize(batchesOf(point, "codex-api").map((b, round) => b.wallMs / batchesOf(point, "direct")[round]!.wallMs));
const firstItemRatio = (point: Point, q: "p50" | "p99") => firstItem(point, "codex-api")[q] / firstItem(point, "direct")[q];

const rows = points.flatMap((point) =>
  PATHS.map((path) => [
    String(point.n),
    path,
    `${batchesOf(point, path).length}`,
    `${Math.min(...batchesOf(point, path).map((b) => b.completed))}/${point.n}`,
    spread(wall(point, path)),
    format(firstItem(point, path).p50),
    format(firstItem(point, path).p99),
    spread(cpu(point, path, "ownCpuMs")),
    spread(cpu(point, path, "engineCpuMs")),
    path === "codex-api" ? spread(cpu(point, path, "codexApiCpuMs")) : "—",
    path === "codex-api" ? `${format(codexApiShare(point).median * 100)} %` : "—",
    format(ownPeak(point, path) / MB),
    path === "codex-api" ? format(Math.max(...batchesOf(point, path).map((b) => b.codexApiPeakRss)) / MB) : "—",
    format(point.enginePeakRss[path] / MB),
    format(summarize(batchesOf(point, path).map((b) => b.otherCores)).median),
  ]),
);
const ratioRows = points.map((point) => [
  String(point.n),
  `${format(wallRatio(point).median)} (${format(wallRatio(point).min)}–${format(wallRatio(point).max)})`,
  format(firstItemRatio(point, "p50")),
  format(firstItemRatio(point, "p99")),
]);
const chartGroups = (value: (point: Point, path: Path) => number) =>
  points.map((point) => ({ label: `N=${point.n}`, bars: PATHS.map((path) => ({ name: path, value: value(point, path) })) }));

const background = summarize(points.flatMap((point) => PATHS.flatMap((path) => batchesOf(point, path).map((b) => b.otherCores))));
const intervals = summarize(idle.heartbeatIntervalsMs);
const jitter = summarize(idle.heartbeatIntervalsMs.map((ms) => Math.abs(ms - IDLE_HEARTBEAT_MS)));
const late = idle.heartbeatIntervalsMs.filter((ms) => ms > IDLE_HEARTBEAT_MS * 1.5).length;
const biggest = points[points.length - 1]!;
const worstWallRatio = Math.max(...points.map((p) => wallRatio(p).median));
const worstFirstItemRatio = Math.max(...points.flatMap((p) => [firstItemRatio(p, "p50"), firstItemRatio(p, "p99")]));
const allCompleted = PATHS.every((path) => batchesOf(biggest, path).every((b) => b.completed === biggest.n));
const targets = [
  [`${biggest.n} concurrent turns all complete, every batch`, allCompleted ? "yes" : "no", allCompleted],
  ["total wall time ≤ 1.1× direct at every N (worst median of paired batches)", format(worstWallRatio), worstWallRatio <= 1.1],
  ["time to first item p50/p99 ≤ 1.1× direct at every N (worst)", format(worstFirstItemRatio), worstFirstItemRatio <= 1.1],
  ["< 64 KB of server memory per idle session (RSS)", `${format(idle.rssPerSessionBytes / 1024)} KB`, idle.rssPerSessionBytes < 64 * 1024],
  [`codex-api CPU ≤ 10 % of its engine's at N=${biggest.n} (median batch)`, `${format(codexApiShare(biggest).median * 100)} %`, codexApiShare(biggest).median <= 0.1],
] as const;

console.log(
  `Each session runs one turn: 2 approvals (command, file change), then 2,000 deltas in one burst. Per N: ${POINTS.map(([n, b]) => `N=${n} ${b}`).join(", ")} ` +
    `batches per path after one warm-up batch of ≤ ${WARMUP_SESSIONS} (fewer at the big points: each N=100 batch is 200,000 deltas); ` +
    `direct and codex-api alternate; ${STREAMS_PER_CONNECTION} streams per HTTP/2 connection.${quick ? " --quick: numbers are not meaningful." : ""} ` +
    `Other processes kept ${format(background.median)} of ${cpus().length} cores busy during the median batch (${format(background.min)}–${format(background.max)}).\n`,
);
console.log(
  `### N turns at once\n\nWall and CPU: median (min–max) over batches. Time to first item: all sessions of all batches pooled. ` +
    `"this process" holds the scripted model and the clients on both paths; codex-api runs as its own process (the \`codex-api\` command, its engine its child); RSS of both is the peak sampled during a batch, the engine's is its VmHWM over the N point. ` +
      `"other load": cores the rest of the machine kept busy (median batch).\n\n` +
    `${table(["N", "path", "batches", "completed", "wall ms", "first item p50 ms", "first item p99 ms", "CPU ms, this process", "CPU ms, engine", "CPU ms, codex-api", "codex-api ÷ engine CPU", "peak RSS MB, this process", "peak RSS MB, codex-api", "peak RSS MB, engine", "other load, cores"], rows)}\n`,
);
console.log(`### codex-api ÷ direct\n\n${table(["N", "wall time (paired batches)", "first item p50", "first item p99"], ratioRows)}\n`);
console.log("```");
console.log(`${barChart("Total wall time", "ms, median", chartGroups((p, path) => wall(p, path).median))}\n`);
console.log(`${barChart("Time to first item, p99", "ms", chartGroups((p, path) => firstItem(p, path).p99))}\n`);
console.log(`${barChart("CPU, this process + engine", "ms per batch, medians", chartGroups((p, path) => cpu(p, path, "ownCpuMs").median + cpu(p, path, "engineCpuMs").median))}\n`);
console.log(barChart("Peak RSS, this process + engine", "MB", chartGroups((p, path) => (ownPeak(p, path) + p.enginePeakRss[path]) / MB)));
console.log("```\n");
console.log(
  `### ${idle.sessions} idle sessions\n\nOpened from a child process over ${Math.ceil(idle.sessions / STREAMS_PER_CONNECTION)} connections; ` +
    `--heartbeat-interval-ms ${IDLE_HEARTBEAT_MS}; server heartbeats timed at the clients for ${IDLE_COLLECT_MS / 1000} s.\n\n` +
    `${table(
      ["per session: heap", "Buffers", "RSS", "server CPU, idle", "heartbeat spacing p50 ms", "p99 ms", "max ms", "jitter p99 ms (spacing vs interval)", "late (> 1.5× interval)"],
      [
        [
          `${format(idle.heapPerSessionBytes / 1024)} KB`,
          `${format(idle.externalPerSessionBytes / 1024)} KB`,
          `${format(idle.rssPerSessionBytes / 1024)} KB`,
          `${format(idle.cpuShare * 100)} % of a core`,
          format(intervals.p50),
          format(intervals.p99),
          format(intervals.max),
          format(jitter.p99),
          `${late} of ${intervals.n}`,
        ],
      ],
    )}\n`,
);
console.log(`### Targets\n\n${table(["target", "measured", "met"], targets.map(([name, value, met]) => [name, value, met ? "yes" : "**no**"]))}`);

const path = writeResult("scale", {
  quick,
  points: points.map((point) => ({
    n: point.n,
    enginePeakRssBytes: point.enginePeakRss,
    paths: Object.fromEntries(
      PATHS.map((p) => [
        p,
        {
          wallMs: wall(point, p),
          firstItemMs: firstItem(point, p),
          ownCpuMs: cpu(point, p, "ownCpuMs"),
          engineCpuMs: cpu(point, p, "engineCpuMs"),
          codexApiCpuMs: cpu(point, p, "codexApiCpuMs"),
          ownPeakRssBytes: ownPeak(point, p),
          batches: batchesOf(point, p).map(({ firstItemMs: _, ...rest }) => rest),
        },
      ]),
    ),
    wallRatio: wallRatio(point),
    codexApiCpuShare: codexApiShare(point),
    firstItemRatio: { p50: firstItemRatio(point, "p50"), p99: firstItemRatio(point, "p99") },
  })),
  idle: { ...idle, heartbeatIntervalsMs: intervals, heartbeatJitterMs: jitter, late },
  otherCores: background,
  targets: targets.map(([name, value, met]) => ({ name, value, met })),
});
console.log(`\nwrote ${path}`);
