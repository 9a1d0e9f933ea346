// Shared by every benchmark: summary statistics, the machine description, markdown tables and
// the JSON results file (bench/results/<name>.json) compared between commits.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");

export interface Summary {
  median: number;
  min: number;
  max: number;
  p50: number;
  p99: number;
  n: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { median: NaN, min: NaN, max: NaN, p50: NaN, p99: NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { median: at(0.5), min: sorted[0]!, max: sorted[sorted.length - 1]!, p50: at(0.5), p99: at(0.99), n: sorted.length };
}

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  codex: string;
}

export function machine(): Machine {
  const codex = (JSON.parse(readFileSync(join(ROOT, "node_modules/@openai/codex/package.json"), "utf8")) as { version: string }).version;
  return {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    codex,
  };
}

export function describeMachine(m: Machine = machine()): string {
  return `${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, @openai/codex ${m.codex}, ${m.date}`;
}

export type Cell = string | number;

/** A markdown table; numbers are printed with at most 3 significant decimals. */
export function table(headers: string[], rows: Cell[][]): string {
  const fmt = (c: Cell) => (typeof c === "number" ? format(c) : c);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map((r) => line(r.map(fmt)))].join("\n");
}

export function format(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString("en-US");
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** `median (min–max)` of a summary, for a table cell. */
export function spread(s: Summary): string {
  return `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
}

export function writeResult(name: string, payload: unknown): string {
  const dir = join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, `${JSON.stringify({ name, machine: machine(), ...(payload as object) }, null, 2)}\n`);
  return path;
}

/** Benchmarks share these flags: `--quick` (CI: a few small runs, only to check they still work). */
export function benchArgs(argv = process.argv.slice(2)): { quick: boolean } {
  return { quick: argv.includes("--quick") };
}
