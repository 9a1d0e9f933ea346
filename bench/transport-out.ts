/**
 * transport-out: agent item deltas from the core to the client's socket (session outbox →
 * AgentStream → NDJSON encoding → HTTP/2 write with flow control), against a raw node:http2
 * floor and @grpc/grpc-js carrying the same frames. See bench/README.md.
 *
 *   node --import tsx --expose-gc bench/transport-out.ts [--quick]
 */
import type { ClientHttp2Session } from "node:http2";
import { benchArgs, spread, summarize, table, writeResult, type Cell } from "./lib/report.js";
import { deltaCharsFor, OUT_CONTROL_FRAMES, type OutPlan } from "./lib/transport/frames.js";
import { grpcClient } from "./lib/transport/grpc.js";
import { CLIENT_WINDOW_BYTES, connectH2, receiveTurnGrpc, receiveTurnH2, type Received } from "./lib/transport/h2-client.js";
import { startHost, type ServerHost, type ServerKind } from "./lib/transport/hosts.js";
import { deadline, interleave, ratios, verdict } from "./lib/transport/rounds.js";

const { quick } = benchArgs();
deadline("transport-out", quick ? 180 : 900);
const SIZES = [64, 1024, 16_384];
const STREAMS = [1, 16];
const WARMUP = 1;
const RUNS = quick ? 2 : 5;
/** Delta frames per run (all streams together): ~0.5–1 s of codex-api work each, full size. */
const FRAMES: Record<number, number> = quick ? { 64: 3_200, 1024: 1_600, 16_384: 320 } : { 64: 160_000, 1024: 64_000, 16_384: 8_000 };
const SERVERS: ServerKind[] = ["codex-api", "raw", "grpc"];
const LABEL: Record<ServerKind, string> = { "codex-api": "codex-api", raw: "raw node:http2 (floor)", grpc: "@grpc/grpc-js" };

interface Sample {
  ms: number;
  frames: number;
  bytes: number;
  /** CPU time of the server process during the run. */
  serverCpuMicros: number;
}

const hosts = Object.fromEntries(await Promise.all(SERVERS.map(async (kind) => [kind, await startHost(kind)] as const))) as Record<ServerKind, ServerHost>;
const h2: Partial<Record<ServerKind, ClientHttp2Session>> = { "codex-api": await connectH2(hosts["codex-api"].url), raw: await connectH2(hosts.raw.url) };
const grpc = grpcClient(hosts.grpc.port, CLIENT_WINDOW_BYTES);

async function runOnce(kind: ServerKind, size: number, streams: number, round: number): Promise<Sample> {
  const perStream = FRAMES[size]! / streams;
  const deltaChars = deltaCharsFor(size);
  const plans: OutPlan[] = Array.from({ length: streams }, (_, i) => ({ tag: `${size}-${streams}-${round}-${i}`, frames: perStream, deltaChars }));
  const cpuBefore = await hosts[kind].cpuMicros();
  const started = process.hrtime.bigint();
  const results: Received[] = await Promise.all(
    plans.map((plan) => (kind === "grpc" ? receiveTurnGrpc(grpc.call(), plan) : receiveTurnH2(h2[kind]!, plan, (tag, bytes) => hosts[kind].ack(tag, bytes)))),
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const serverCpuMicros = (await hosts[kind].cpuMicros()) - cpuBefore;
  for (const r of results) {
    if (r.frames !== perStream + OUT_CONTROL_FRAMES) throw new Error(`${kind}: a stream carried ${r.frames} frames, expected ${perStream + OUT_CONTROL_FRAMES}`);
  }
  return { ms, frames: FRAMES[size]!, bytes: results.reduce((sum, r) => sum + r.bytes, 0), serverCpuMicros };
}

const rows: Cell[][] = [];
const results: unknown[] = [];
const targets: string[] = [];
try {
  for (const size of SIZES) {
    for (const streams of STREAMS) {
      const samples = await interleave(SERVERS, { warmup: WARMUP, runs: RUNS, before: () => Promise.all(SERVERS.map((k) => hosts[k].collectGarbage())).then(() => undefined) }, (kind, round) =>
        runOnce(kind, size, streams, round),
      );
      const rate = (kind: ServerKind) => samples[kind].map((s) => s.frames / (s.ms / 1e3));
      for (const kind of SERVERS) {
        const framesPerSecond = summarize(rate(kind));
        const mbPerSecond = summarize(samples[kind].map((s) => s.bytes / 1e6 / (s.ms / 1e3)));
        const cpuPerFrame = summarize(samples[kind].map((s) => s.serverCpuMicros / s.frames));
        const bytesPerFrame = samples[kind][0]!.bytes / samples[kind][0]!.frames;
        const toRaw = summarize(ratios(rate(kind), rate("raw")));
        const toGrpc = summarize(ratios(rate(kind), rate("grpc")));
        rows.push([`${size} B`, String(streams), LABEL[kind], Math.round(bytesPerFrame), spread(framesPerSecond), spread(mbPerSecond), spread(cpuPerFrame), spread(toRaw), spread(toGrpc)]);
        if (kind === "codex-api") {
          targets.push(`${size} B × ${streams}: ${verdict(toRaw.median >= 0.9)} ≥ 0.9× raw (${toRaw.median.toFixed(2)})`);
          if (size === 64) targets.push(`${size} B × ${streams}: ${verdict(toGrpc.median >= 3)} ≥ 3× gRPC (${toGrpc.median.toFixed(2)})`);
        }
        results.push({ size, streams, server: kind, bytesPerFrame, framesPerSecond, mbPerSecond, serverCpuMicrosPerFrame: cpuPerFrame, ratioToRaw: toRaw, ratioToGrpc: toGrpc, samples: samples[kind] });
      }
    }
  }
} finally {
  for (const session of Object.values(h2)) session.close();
  grpc.close();
  await Promise.all(SERVERS.map((k) => hosts[k].stop()));
}

console.log(
  `delta frames per run: ${SIZES.map((s) => `${FRAMES[s]!.toLocaleString("en-US")} (${s} B)`).join(", ")}, split over the streams; ` +
    `median (min–max) of ${RUNS} interleaved runs after ${WARMUP} warm-up; ratios paired per round${quick ? "; --quick" : ""}\n`,
);
console.log(table(["frame (target)", "streams", "server", "B/frame", "frames/s", "MB/s", "server CPU µs/frame", "× raw floor", "× gRPC"], rows));
console.log(`\ntargets (codex-api medians): ${targets.join("; ")}`);
console.log(`\nwrote ${writeResult("transport-out", { quick, runs: RUNS, warmup: WARMUP, framesPerRun: FRAMES, clientWindowBytes: CLIENT_WINDOW_BYTES, targets, results })}`);
