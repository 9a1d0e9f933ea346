/**
 * transport-in: client frames into codex-api (HTTP/2 read → NDJSON decode → validate → dispatch
 * to the core), against a raw node:http2 floor that decodes the same bytes and drops them. The
 * frames are `approve`s for a command that does not exist, sized by their explanation; codex-api
 * answers each with a `command_not_found` error frame, so a second baseline decodes and sends
 * the same answers. See bench/README.md.
 *
 *   node --import tsx --expose-gc bench/transport-in.ts [--quick]
 */
import type { ClientHttp2Session } from "node:http2";
import { encodeNdjson } from "../src/transport/index.js";
import { benchArgs, spread, summarize, table, writeResult, type Cell } from "./lib/report.js";
import { approveFrame, openSession } from "./lib/transport/frames.js";
import { connectH2, sendBody, type Received } from "./lib/transport/h2-client.js";
import { startHost, type ServerHost } from "./lib/transport/hosts.js";
import { deadline, interleave, ratios, verdict } from "./lib/transport/rounds.js";

const { quick } = benchArgs();
deadline("transport-in", quick ? 180 : 900);
const SIZES = [64, 1024, 16_384];
const STREAMS = [1, 16];
const WARMUP = 1;
const RUNS = quick ? 2 : 5;
/** Client frames per run, split over the concurrent streams. */
const FRAMES: Record<number, number> = quick ? { 64: 4_000, 1024: 2_000, 16_384: 320 } : { 64: 160_000, 1024: 64_000, 16_384: 6_400 };
/**
 * codex-api reads a request body as fast as it comes and answers every approve (~270 B): past
 * ~30,000 frames pipelined on one stream its answers can pass the 8 MiB slow-consumer bound
 * before the client has read them, and the stream is cut off (bench/README.md, Findings).
 */
const MAX_PER_STREAM = 20_000;
const SERVERS = ["codex-api", "raw", "raw-answer"] as const;
type Server = (typeof SERVERS)[number];
const LABEL: Record<Server, string> = { "codex-api": "codex-api", raw: "raw node:http2 (floor)", "raw-answer": "raw node:http2 + answers" };
/** Frames each stream gets back besides the answers to its approves: session and terminate. */
const CONTROL_FRAMES = 2;

interface Sample {
  ms: number;
  bytesIn: number;
  received: Received[];
  serverCpuMicros: number;
}

const rawHost = await startHost("raw");
const hosts: Record<Server, ServerHost> = { "codex-api": await startHost("codex-api"), raw: rawHost, "raw-answer": rawHost };
const sessions: Record<Server, ClientHttp2Session> = { "codex-api": await connectH2(hosts["codex-api"].url), raw: await connectH2(rawHost.url), "raw-answer": await connectH2(rawHost.url) };
const PATH: Record<Server, string> = { "codex-api": "/agent/stream", raw: "/agent/stream", "raw-answer": "/agent/stream?answer" };

/**
 * Request bodies (open_session, then approves) for each of `streams` concurrent lanes; a lane
 * sends its share as consecutive streams of at most MAX_PER_STREAM frames. The same bytes go to
 * every server.
 */
function lanes(size: number, streams: number): Buffer[][] {
  const perLane = FRAMES[size]! / streams;
  const body = (frames: number) => Buffer.concat([encodeNdjson(openSession()), ...Array.from({ length: frames }, (_, i) => encodeNdjson(approveFrame(i + 1, size)))]);
  return Array.from({ length: streams }, () =>
    Array.from({ length: Math.ceil(perLane / MAX_PER_STREAM) }, (_, i) => body(Math.min(MAX_PER_STREAM, perLane - i * MAX_PER_STREAM))),
  );
}

async function runOnce(server: Server, work: Buffer[][]): Promise<Sample> {
  const cpuBefore = await hosts[server].cpuMicros();
  const started = process.hrtime.bigint();
  const received = (
    await Promise.all(
      work.map(async (bodies) => {
        const lane: Received[] = [];
        for (const body of bodies) lane.push(await sendBody(sessions[server], body, PATH[server]));
        return lane;
      }),
    )
  ).flat();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const serverCpuMicros = (await hosts[server].cpuMicros()) - cpuBefore;
  return { ms, bytesIn: work.flat().reduce((sum, b) => sum + b.length, 0), received, serverCpuMicros };
}

const rows: Cell[][] = [];
const results: unknown[] = [];
const targets: string[] = [];
try {
  for (const size of SIZES) {
    for (const streams of STREAMS) {
      const work = lanes(size, streams);
      const frames = FRAMES[size]!;
      const samples = await interleave(SERVERS, { warmup: WARMUP, runs: RUNS, before: () => Promise.all([hosts["codex-api"].collectGarbage(), rawHost.collectGarbage()]).then(() => undefined) }, (server) =>
        runOnce(server, work),
      );
      for (const server of ["codex-api", "raw-answer"] as const) {
        for (const s of samples[server]) {
          const answered = s.received.reduce((sum, r) => sum + r.frames, 0) - s.received.length * CONTROL_FRAMES;
          if (answered !== frames) throw new Error(`${server} answered ${answered} of ${frames} approves`);
        }
      }
      const rate = (server: Server) => samples[server].map((s) => frames / (s.ms / 1e3));
      for (const server of SERVERS) {
        const framesPerSecond = summarize(rate(server));
        const mbPerSecond = summarize(samples[server].map((s) => s.bytesIn / 1e6 / (s.ms / 1e3)));
        const cpuPerFrame = summarize(samples[server].map((s) => s.serverCpuMicros / frames));
        const first = samples[server][0]!;
        const bytesBackPerFrame = first.received.reduce((sum, r) => sum + r.bytes, 0) / frames;
        const toRaw = summarize(ratios(rate(server), rate("raw")));
        const toAnswering = summarize(ratios(rate(server), rate("raw-answer")));
        rows.push([`${size} B`, String(streams), LABEL[server], Math.round(first.bytesIn / frames), spread(framesPerSecond), spread(mbPerSecond), Math.round(bytesBackPerFrame), spread(cpuPerFrame), spread(toRaw), spread(toAnswering)]);
        if (server === "codex-api") targets.push(`${size} B × ${streams}: ${verdict(toRaw.median >= 0.7)} ≥ 0.7× raw (${toRaw.median.toFixed(2)})`);
        results.push({ size, streams, server, bytesInPerFrame: first.bytesIn / frames, bytesBackPerFrame, framesPerSecond, mbPerSecond, serverCpuMicrosPerFrame: cpuPerFrame, ratioToRaw: toRaw, ratioToRawAnswering: toAnswering, samplesMs: samples[server].map((s) => s.ms) });
      }
    }
  }
} finally {
  for (const session of Object.values(sessions)) session.close();
  await Promise.all([hosts["codex-api"].stop(), rawHost.stop()]);
}

console.log(
  `client frames per run: ${SIZES.map((s) => `${FRAMES[s]!.toLocaleString("en-US")} (${s} B)`).join(", ")}, split over the concurrent streams, at most ${MAX_PER_STREAM.toLocaleString("en-US")} on one stream; ` +
    `median (min–max) of ${RUNS} interleaved runs after ${WARMUP} warm-up; ratios paired per round${quick ? "; --quick" : ""}\n`,
);
console.log(table(["frame (target)", "streams", "server", "B/frame in", "frames/s", "MB/s in", "B back/frame", "server CPU µs/frame", "× raw floor", "× raw + answers"], rows));
console.log(`\ntargets (codex-api medians): ${targets.join("; ")}`);
console.log(`\nwrote ${writeResult("transport-in", { quick, runs: RUNS, warmup: WARMUP, framesPerRun: FRAMES, maxFramesPerStream: MAX_PER_STREAM, targets, results })}`);
