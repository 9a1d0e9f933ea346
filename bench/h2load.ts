/**
 * h2load: a second opinion from nghttp2's load generator. Many connections and streams, each a
 * `POST /agent/stream` whose body is one heartbeat frame; the server answers it, sees the body
 * end and closes the stream with `terminate`. codex-api against the raw node:http2 floor.
 * Skipped (exit 0) when h2load is not installed. See bench/README.md.
 *
 *   node --import tsx --expose-gc bench/h2load.ts [--quick]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeNdjson, ndjsonFraming } from "../src/transport/index.js";
import { benchArgs, spread, summarize, table, writeResult, type Cell } from "./lib/report.js";
import { heartbeat } from "./lib/transport/frames.js";
import { startHost, type ServerHost } from "./lib/transport/hosts.js";
import { deadline, interleave, ratios } from "./lib/transport/rounds.js";

const { quick } = benchArgs();
deadline("h2load", quick ? 120 : 300);
const WARMUP = 1;
const RUNS = quick ? 2 : 5;
/** h2load -n (requests), -c (connections), -m (concurrent streams per connection). */
const LOAD = quick ? { requests: 200, connections: 4, streams: 5 } : { requests: 2_000, connections: 20, streams: 10 };
const SERVERS = ["codex-api", "raw"] as const;
type Server = (typeof SERVERS)[number];
const LABEL: Record<Server, string> = { "codex-api": "codex-api", raw: "raw node:http2 (floor)" };

const version = spawnSync("h2load", ["--version"], { encoding: "utf8" });
if (version.error !== undefined || version.status !== 0) {
  console.log("h2load is not installed (Debian: apt-get install nghttp2-client); skipped");
  process.exit(0);
}

interface Sample {
  requestsPerSecond: number;
  meanMs: number;
  maxMs: number;
  succeeded: number;
  serverCpuMicrosPerRequest: number;
}

/** h2load prints durations as e.g. `812us`, `5.81ms` or `1.02s`. */
function toMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text);
  if (match === null) throw new Error(`unexpected h2load duration ${text}`);
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}

function parse(output: string): Omit<Sample, "serverCpuMicrosPerRequest"> {
  const finished = /finished in [\d.]+\w+, ([\d.]+) req\/s/.exec(output);
  const requests = /requests: \d+ total, \d+ started, \d+ done, (\d+) succeeded/.exec(output);
  const time = /time for request:\s+(\S+)\s+(\S+)\s+(\S+)/.exec(output);
  if (finished === null || requests === null || time === null) throw new Error(`could not read h2load's output:\n${output}`);
  return { requestsPerSecond: Number(finished[1]), succeeded: Number(requests[1]), maxMs: toMs(time[2]!), meanMs: toMs(time[3]!) };
}

const dir = mkdtempSync(join(tmpdir(), "codex-api-h2load-"));
const bodyPath = join(dir, "heartbeat.ndjson");
writeFileSync(bodyPath, encodeNdjson(heartbeat(1)));
const hosts = { "codex-api": await startHost("codex-api"), raw: await startHost("raw") } satisfies Record<Server, ServerHost>;

async function runOnce(server: Server): Promise<Sample> {
  const args = ["-n", String(LOAD.requests), "-c", String(LOAD.connections), "-m", String(LOAD.streams), "-d", bodyPath, "-H", `content-type: ${ndjsonFraming.contentType}`, `${hosts[server].url}/agent/stream`];
  const cpuBefore = await hosts[server].cpuMicros();
  const run = spawnSync("h2load", args, { encoding: "utf8", timeout: 120_000 });
  const serverCpuMicros = (await hosts[server].cpuMicros()) - cpuBefore;
  if (run.status !== 0) throw new Error(`h2load ${args.join(" ")} failed (${run.status ?? run.signal}):\n${run.stdout}${run.stderr}`);
  const sample = { ...parse(run.stdout), serverCpuMicrosPerRequest: serverCpuMicros / LOAD.requests };
  if (sample.succeeded !== LOAD.requests) throw new Error(`${server}: ${sample.succeeded} of ${LOAD.requests} requests succeeded:\n${run.stdout}`);
  return sample;
}

let samples: Record<Server, Sample[]>;
try {
  samples = await interleave(SERVERS, { warmup: WARMUP, runs: RUNS, before: () => Promise.all(SERVERS.map((s) => hosts[s].collectGarbage())).then(() => undefined) }, runOnce);
} finally {
  await Promise.all(SERVERS.map((s) => hosts[s].stop()));
  rmSync(dir, { recursive: true, force: true });
}

const rate = (server: Server) => samples[server].map((s) => s.requestsPerSecond);
const mean = (server: Server) => samples[server].map((s) => s.meanMs);
const rows: Cell[][] = [];
const results = SERVERS.map((server) => {
  const row = {
    server,
    requestsPerSecond: summarize(rate(server)),
    meanMs: summarize(mean(server)),
    maxMs: summarize(samples[server].map((s) => s.maxMs)),
    serverCpuMicrosPerRequest: summarize(samples[server].map((s) => s.serverCpuMicrosPerRequest)),
    rateRatioToRaw: summarize(ratios(rate(server), rate("raw"))),
    meanRatioToRaw: summarize(ratios(mean(server), mean("raw"))),
  };
  rows.push([LABEL[server], spread(row.requestsPerSecond), spread(row.meanMs), spread(row.maxMs), spread(row.serverCpuMicrosPerRequest), spread(row.rateRatioToRaw), spread(row.meanRatioToRaw)]);
  return { ...row, samples: samples[server] };
});

console.log(
  `${version.stdout.trim().split("\n")[0]}: -n ${LOAD.requests} -c ${LOAD.connections} -m ${LOAD.streams}, one heartbeat per POST; ` +
    `median (min–max) of ${RUNS} interleaved runs after ${WARMUP} warm-up; ratios paired per round${quick ? "; --quick" : ""}\n`,
);
console.log(table(["server", "req/s", "mean ms", "max ms", "server CPU µs/request", "req/s × raw", "mean × raw"], rows));
console.log(`\nwrote ${writeResult("h2load", { quick, runs: RUNS, warmup: WARMUP, load: LOAD, results })}`);
