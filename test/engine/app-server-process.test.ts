// AppServerProcess with a stand-in engine: a node child that writes JSON lines to stdout, one
// write per line as the engine does. What is checked is the reading: every line, in order, and
// under heavy output in few reads (read-pacer.ts); not the engine.
import { describe, expect, it } from "vitest";
import { AppServerProcess, type ProcessExit } from "../../src/engine/app-server-process.js";
import type { ReadPacing } from "../../src/engine/read-pacer.js";

/** A child writing `count` lines, one write each; `spinUs` of busy work between writes; `gapMs` of sleep instead. */
function writer(count: number, pause: { spinUs: number } | { gapMs: number }): string {
  const wait = "spinUs" in pause ? `const until = process.hrtime.bigint() + BigInt(${pause.spinUs * 1000}); while (process.hrtime.bigint() < until);` : `await new Promise((r) => setTimeout(r, ${pause.gapMs}));`;
  return `(async () => { for (let i = 0; i < ${count}; i++) { process.stdout.write(JSON.stringify({ i, pad: "x".repeat(150) }) + "\\n"); ${wait} } })();`;
}

interface Run {
  lines: number[];
  /** The index of the first line of each read that brought lines (onLinesRead ends a read). */
  reads: number[];
  exit: ProcessExit;
  linesAtExit: number;
}

function run(script: string, readPacing: ReadPacing): Promise<Run> {
  return new Promise((resolve) => {
    const lines: number[] = [];
    const reads: number[] = [];
    let readFrom = 0;
    new AppServerProcess({
      command: process.execPath,
      args: ["-e", script],
      env: { PATH: process.env.PATH ?? "" },
      maxLineBytes: 1 << 20,
      readPacing,
      onLine: (text) => lines.push((JSON.parse(text) as { i: number }).i),
      onLinesRead: () => {
        if (lines.length > readFrom) reads.push(lines[readFrom]!);
        readFrom = lines.length;
      },
      onStderrLine: () => {},
      onLineTooLong: () => {},
      onExit: (exit) => resolve({ lines, reads, exit, linesAtExit: lines.length }),
    });
  });
}

const inOrder = (count: number) => Array.from({ length: count }, (_, i) => i);

describe("AppServerProcess reading the engine's stdout", () => {
  it("under heavy output reads at most once per interval, and loses and reorders nothing", async () => {
    // 5,000 lines at up to ~20,000 a second. The pacer engages after ~200 lines (40 lines/s over
    // its 5 s window); past line 1,000 (≥ 200 ms of output) reads come ≥ 25 ms apart: ~10 of them.
    const result = await run(writer(5_000, { spinUs: 50 }), { intervalMs: 25, deltaJoinMs: 0, busyLinesPerSecond: 40 });
    expect(result.lines).toEqual(inOrder(5_000));
    expect(result.exit.code).toBe(0);
    // Unpaced, each write wakes the reader: hundreds of reads of a line or two.
    expect(result.reads.filter((first) => first >= 1_000).length).toBeLessThan(40);
  });

  it("reads every line of light output as it comes, in a read of its own", async () => {
    const result = await run(writer(20, { gapMs: 20 }), { intervalMs: 25, deltaJoinMs: 0, busyLinesPerSecond: 1_000 });
    expect(result.lines).toEqual(inOrder(20));
    expect(result.reads).toEqual(inOrder(20));
  });

  it("never pauses after a read that filled its buffer: a flood is read as fast as it comes", async () => {
    // 2 MiB in 12,000 lines, written as fast as the child can. Read 64 KiB at a time, that is 32+
    // full reads; a pause of 500 ms after each would take over 15 s.
    const startedAt = performance.now();
    const result = await run(writer(12_000, { spinUs: 0 }), { intervalMs: 500, deltaJoinMs: 0, busyLinesPerSecond: 1 });
    expect(result.lines).toEqual(inOrder(12_000));
    expect(performance.now() - startedAt).toBeLessThan(8_000);
  });

  it("delivers the last lines of an engine that exits while reading is paused, before the exit", async () => {
    // No pause between writes: the child is done (and exits) while the reader waits out the interval.
    // 170 KB: the pipe (64 KiB) holds the last of it when the child exits.
    const result = await run(writer(1_000, { spinUs: 0 }), { intervalMs: 200, deltaJoinMs: 0, busyLinesPerSecond: 1 });
    expect(result.linesAtExit).toBe(1_000);
    expect(result.lines).toEqual(inOrder(1_000));
  });
});
