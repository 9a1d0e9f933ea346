/**
 * roundtrip: one small frame in, one frame out, one at a time: a client `heartbeat` with an id,
 * answered by a server `heartbeat` with `inReplyTo`, on a stream bound to a session. codex-api
 * against a raw node:http2 echo and a @grpc/grpc-js bidirectional echo. See bench/README.md.
 *
 *   node --import tsx --expose-gc bench/roundtrip.ts [--quick]
 */
import { benchArgs, spread, summarize, table, writeResult, type Cell } from "./lib/report.js";
import { grpcClient } from "./lib/transport/grpc.js";
import { CLIENT_WINDOW_BYTES, connectH2, grpcPinger, h2Pinger, type Pinger } from "./lib/transport/h2-client.js";
import { startHost, type ServerHost, type ServerKind } from "./lib/transport/hosts.js";
import { deadline, interleave, ratios, verdict } from "./lib/transport/rounds.js";

const { quick } = benchArgs();
deadline("roundtrip", quick ? 120 : 300);
const WARMUP = 1;
const RUNS = quick ? 2 : 5;
/** Round trips timed per run, after WARMUP_PINGS untimed ones on the same stream. */
const PINGS = quick ? 200 : 3_000;
const WARMUP_PINGS = quick ? 50 : 300;
const SERVERS: ServerKind[] = ["codex-api", "raw", "grpc"];
const LABEL: Record<ServerKind, string> = { "codex-api": "codex-api", raw: "raw node:http2 echo", grpc: "@grpc/grpc-js echo" };

interface Sample {
  p50Micros: number;
  p99Micros: number;
  serverCpuMicrosPerPing: number;
}

const hosts = Object.fromEntries(await Promise.all(SERVERS.map(async (kind) => [kind, await startHost(kind)] as const))) as Record<ServerKind, ServerHost>;
const h2 = { "codex-api": await connectH2(hosts["codex-api"].url), raw: await connectH2(hosts.raw.url) };
const grpc = grpcClient(hosts.grpc.port, CLIENT_WINDOW_BYTES);

async function runOnce(kind: ServerKind): Promise<Sample> {
  const pinger: Pinger = kind === "grpc" ? await grpcPinger(grpc.call()) : await h2Pinger(h2[kind]);
  for (let id = 1; id <= WARMUP_PINGS; id++) await pinger.ping(id);
  const micros: number[] = [];
  const cpuBefore = await hosts[kind].cpuMicros();
  for (let id = WARMUP_PINGS + 1; id <= WARMUP_PINGS + PINGS; id++) {
    const sent = process.hrtime.bigint();
    await pinger.ping(id);
    micros.push(Number(process.hrtime.bigint() - sent) / 1e3);
  }
  const serverCpuMicrosPerPing = ((await hosts[kind].cpuMicros()) - cpuBefore) / PINGS;
  await pinger.close();
  const latency = summarize(micros);
  return { p50Micros: latency.p50, p99Micros: latency.p99, serverCpuMicrosPerPing };
}

let samples: Record<ServerKind, Sample[]>;
try {
  samples = await interleave(SERVERS, { warmup: WARMUP, runs: RUNS, before: () => Promise.all(SERVERS.map((k) => hosts[k].collectGarbage())).then(() => undefined) }, runOnce);
} finally {
  h2["codex-api"].close();
  h2.raw.close();
  grpc.close();
  await Promise.all(SERVERS.map((k) => hosts[k].stop()));
}

const p50 = (kind: ServerKind) => samples[kind].map((s) => s.p50Micros);
const p99 = (kind: ServerKind) => samples[kind].map((s) => s.p99Micros);
const rows: Cell[][] = [];
const results = SERVERS.map((kind) => {
  const row = {
    server: kind,
    p50Micros: summarize(p50(kind)),
    p99Micros: summarize(p99(kind)),
    serverCpuMicrosPerPing: summarize(samples[kind].map((s) => s.serverCpuMicrosPerPing)),
    p50RatioToRaw: summarize(ratios(p50(kind), p50("raw"))),
    p99RatioToRaw: summarize(ratios(p99(kind), p99("raw"))),
    p50RatioToGrpc: summarize(ratios(p50(kind), p50("grpc"))),
  };
  rows.push([LABEL[kind], spread(row.p50Micros), spread(row.p99Micros), spread(row.serverCpuMicrosPerPing), spread(row.p50RatioToRaw), spread(row.p99RatioToRaw), spread(row.p50RatioToGrpc)]);
  return { ...row, samples: samples[kind] };
});

console.log(
  `${PINGS.toLocaleString("en-US")} sequential round trips per run after ${WARMUP_PINGS} untimed; median (min–max) over ${RUNS} interleaved runs ` +
    `after ${WARMUP} warm-up of each run's p50 and p99; latency ratios (lower is faster) paired per round${quick ? "; --quick" : ""}\n`,
);
console.log(table(["server", "p50 µs", "p99 µs", "server CPU µs/round trip", "p50 × raw", "p99 × raw", "p50 × gRPC"], rows));
const p50ToRaw = results.find((r) => r.server === "codex-api")!.p50RatioToRaw.median;
const target = `p50: ${verdict(p50ToRaw <= 1.2)} ≤ 1.2× raw (${p50ToRaw.toFixed(2)})`;
console.log(`\ntarget (codex-api median): ${target}`);
console.log(`\nwrote ${writeResult("roundtrip", { quick, runs: RUNS, warmup: WARMUP, pings: PINGS, warmupPings: WARMUP_PINGS, target, results })}`);
