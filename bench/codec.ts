/**
 * Codec throughput: both decoders and both encoders against a floor, on a seeded
 * mix of frames shaped like the protocol's server frames.
 *
 *   npx tsx bench/codec.ts [--quick]
 *
 * Decode floor: each frame's body already split out as its own Uint8Array, then a
 * fatal TextDecoder + JSON.parse, i.e. the work no decoder can avoid (validating
 * and decoding UTF-8, parsing JSON) without any framing. The decoders instead get
 * the whole encoded stream in seeded chunks sized like TCP reads.
 * Encode floor: JSON.stringify alone (no bytes produced); "JSON.stringify +
 * TextEncoder.encode" is shown too, as the cheapest standard way to get bytes.
 * Ratio = floor time / row time over the same frames, paired within each round:
 * 1.00 is as fast as the floor.
 * MB/s counts the bytes the row consumes or produces (framing included for codecs).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  LengthPrefixedDecoder,
  NdjsonDecoder,
  encodeLengthPrefixed,
  encodeNdjson,
  type Decoder,
} from "../src/transport/index.js";

const quick = process.argv.includes("--quick");
const SEED = 0x5eed;
const FRAMES = quick ? 2_000 : 20_000;
const WARMUP_RUNS = quick ? 10 : 3;
const RUNS = quick ? 5 : 15;

/** mulberry32: a tiny seeded PRNG, so every run measures the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(SEED);
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;

// Mostly ASCII with some multi-byte text, as model output is.
const WORDS = ["the", "file", "test", "passes", "now", "function", "returns", "error", "café", "naïve", "—", "→", "✓", "😀"];
const words = (count: number): string => Array.from({ length: count }, () => pick(WORDS)).join(" ");
const text = (bytes: number): string => {
  let out = "";
  while (out.length < bytes) out += `${words(int(4, 14))}.${random() < 0.2 ? "\n" : " "}`;
  return out;
};
const LOG_LINES = ["  ✓ test/transport/ndjson.test.ts (22 tests) 128ms", "npm warn deprecated", "src/index.ts:12:5 - error TS2322: Type 'string' is not assignable", "PASS  packages/core", "    at Object.<anonymous> (/work/main/src/a.ts:10:11)"];
const log = (bytes: number): string => {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line = `${pick(LOG_LINES)} ${int(0, 99_999)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
};

type Kind = "delta" | "item" | "output";

function makeFrame(seq: number): { kind: Kind; frame: unknown } {
  const base = { type: "item", seq, sessionId: "sess_6f1c2a9d4b7e4f0a", turnId: "turn_3c8e1b5a" };
  const roll = random();
  if (roll < 0.9) {
    const frame = { ...base, event: "delta", itemId: "msg_1", itemType: "agent_message", stream: "text", delta: words(int(1, 6)) };
    return { kind: "delta", frame };
  }
  if (roll < 0.99) {
    const item = { id: `msg_${seq}`, type: "agent_message", text: text(int(1_800, 2_200)) };
    return { kind: "item", frame: { ...base, event: "completed", itemId: item.id, itemType: "agent_message", item } };
  }
  const item = {
    id: `cmd_${seq}`,
    type: "command_execution",
    command: "npm test",
    status: "completed",
    exitCode: int(0, 1),
    aggregatedOutput: log(int(60_000, 68_000)),
  };
  return { kind: "output", frame: { ...base, event: "completed", itemId: item.id, itemType: "command_execution", item } };
}

/** Chunk sizes biased like TCP reads: mostly 16 KiB, some smaller, some up to 64 KiB. */
function chunkSizes(total: number): number[] {
  const sizes: number[] = [];
  for (let sum = 0; sum < total; ) {
    const roll = random();
    const size = roll < 0.6 ? 16_384 : roll < 0.85 ? int(1, 16_384) : int(16_385, 65_536);
    sizes.push(size);
    sum += size;
  }
  return sizes;
}

function split(stream: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= stream.length) break;
    chunks.push(stream.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// ---- data -------------------------------------------------------------------

const generated = Array.from({ length: FRAMES }, (_, seq) => makeFrame(seq));
const frames = generated.map((entry) => entry.frame);
const textEncoder = new TextEncoder();
const bodies = frames.map((frame) => textEncoder.encode(JSON.stringify(frame)));
const bodyBytes = bodies.reduce((sum, body) => sum + body.length, 0);
const ndjsonStream = concat(frames.map(encodeNdjson));
const lpStream = concat(frames.map(encodeLengthPrefixed));
const ndjsonChunks = split(ndjsonStream, chunkSizes(ndjsonStream.length));
const lpChunks = split(lpStream, chunkSizes(lpStream.length));
const kinds = { delta: 0, item: 0, output: 0 };
for (const entry of generated) kinds[entry.kind]++;

// ---- workloads: each returns a count, checked so nothing is optimised away --------

const floorDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decodeFloor(): number {
  let count = 0;
  for (const body of bodies) {
    if (JSON.parse(floorDecoder.decode(body)) !== undefined) count++;
  }
  return count;
}

function decodeWith(decoder: Decoder, chunks: readonly Uint8Array[]): number {
  let count = 0;
  for (const chunk of chunks) {
    for (const result of decoder.decode(chunk)) {
      if (!result.ok) throw result.error;
      count++;
    }
  }
  if (decoder.end().length !== 0) throw new Error("stream ended mid-frame");
  return count;
}

function encodeWith(encode: (frame: unknown) => { length: number }): number {
  let count = 0;
  for (const frame of frames) if (encode(frame).length > 0) count++;
  return count;
}

interface Workload {
  name: string;
  group: "decode" | "encode";
  isFloor: boolean;
  bytes: number;
  run: () => number;
}

const workloads: Workload[] = [
  { name: "decode floor: TextDecoder(fatal) + JSON.parse per pre-split frame", group: "decode", isFloor: true, bytes: bodyBytes, run: decodeFloor },
  { name: "NdjsonDecoder", group: "decode", isFloor: false, bytes: ndjsonStream.length, run: () => decodeWith(new NdjsonDecoder(), ndjsonChunks) },
  { name: "LengthPrefixedDecoder", group: "decode", isFloor: false, bytes: lpStream.length, run: () => decodeWith(new LengthPrefixedDecoder(), lpChunks) },
  { name: "encode floor: JSON.stringify", group: "encode", isFloor: true, bytes: bodyBytes, run: () => encodeWith((frame) => JSON.stringify(frame)) },
  { name: "JSON.stringify + TextEncoder.encode", group: "encode", isFloor: false, bytes: bodyBytes, run: () => encodeWith((frame) => textEncoder.encode(JSON.stringify(frame))) },
  { name: "encodeNdjson", group: "encode", isFloor: false, bytes: ndjsonStream.length, run: () => encodeWith(encodeNdjson) },
  { name: "encodeLengthPrefixed", group: "encode", isFloor: false, bytes: lpStream.length, run: () => encodeWith(encodeLengthPrefixed) },
];

// ---- measurement ----------------------------------------------------------------

const gc = (globalThis as { gc?: () => void }).gc;

function timeOnce(workload: Workload): number {
  gc?.();
  const start = process.hrtime.bigint();
  const count = workload.run();
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (count !== FRAMES) throw new Error(`${workload.name} handled ${count} of ${FRAMES} frames`);
  return elapsedMs;
}

const samples = new Map<Workload, number[]>(workloads.map((workload) => [workload, []]));
const groups = [workloads.filter((w) => w.group === "decode"), workloads.filter((w) => w.group === "encode")];
for (let round = 0; round < WARMUP_RUNS + RUNS; round++) {
  // A floor and its rows run back to back, in an order rotated each round, so that
  // drift and other load on a shared machine hit them alike.
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      const workload = group[(i + round) % group.length]!;
      const ms = timeOnce(workload);
      if (round >= WARMUP_RUNS) samples.get(workload)!.push(ms);
    }
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mbPerSecond = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1e3);

const rows = workloads.map((workload) => {
  const times = samples.get(workload)!;
  const floor = workloads.find((candidate) => candidate.group === workload.group && candidate.isFloor)!;
  const medianMs = median(times);
  return {
    name: workload.name,
    group: workload.group,
    bytes: workload.bytes,
    medianMs,
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    mbPerSecond: mbPerSecond(workload.bytes, medianMs),
    mbPerSecondMin: mbPerSecond(workload.bytes, Math.max(...times)),
    mbPerSecondMax: mbPerSecond(workload.bytes, Math.min(...times)),
    framesPerSecond: FRAMES / (medianMs / 1e3),
    // Paired per round (floor and row ran moments apart), so shared-machine load cancels out.
    ratiosToFloor: times.map((ms, round) => samples.get(floor)![round]! / ms),
    samplesMs: times,
  };
});

const fixed = (value: number, digits = 1): string => value.toFixed(digits);
const table = [
  "| benchmark | MB/s median | MB/s min–max | frames/s median | × floor median | × floor min–max |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(
    (row) =>
      `| ${row.name} | ${fixed(row.mbPerSecond)} | ${fixed(row.mbPerSecondMin)}–${fixed(row.mbPerSecondMax)} | ` +
      `${Math.round(row.framesPerSecond).toLocaleString("en-US")} | ${fixed(median(row.ratiosToFloor), 2)} | ` +
      `${fixed(Math.min(...row.ratiosToFloor), 2)}–${fixed(Math.max(...row.ratiosToFloor), 2)} |`,
  ),
].join("\n");

const summary =
  `${FRAMES.toLocaleString("en-US")} frames (${kinds.delta} deltas, ${kinds.item} ~2 KB items, ${kinds.output} ~64 KB outputs), ` +
  `${fixed(bodyBytes / 1e6)} MB of JSON; ${ndjsonChunks.length} NDJSON / ${lpChunks.length} LP chunks; ` +
  `median of ${RUNS} runs after ${WARMUP_RUNS} warm-up; seed ${SEED}; Node ${process.version}${quick ? "; --quick" : ""}`;
console.log(`${summary}\n\n${table}`);

const resultsPath = join(dirname(fileURLToPath(import.meta.url)), "results", "codec.json");
mkdirSync(dirname(resultsPath), { recursive: true });
writeFileSync(
  resultsPath,
  `${JSON.stringify({ seed: SEED, quick, node: process.version, frames: FRAMES, kinds, bodyBytes, runs: RUNS, warmupRuns: WARMUP_RUNS, rows }, null, 2)}\n`,
);
console.log(`\nwrote ${resultsPath}`);
