// Measurement helpers of the transport benchmarks. Interleaved rounds: every round runs each
// contender once, in an order rotated per round (ABC, BCA, CAB…), so drift and other load on a
// shared machine hit all of them alike.

const gc = (globalThis as { gc?: () => void }).gc;

export interface RoundOptions {
  warmup: number;
  runs: number;
  /** Before each measurement: e.g. a GC in the server processes. */
  before?: () => Promise<void>;
}

/** Samples per contender, in round order (sample i of each came from round i): pair them for ratios. */
export async function interleave<K extends string, S>(contenders: readonly K[], options: RoundOptions, measure: (contender: K, round: number) => Promise<S>): Promise<Record<K, S[]>> {
  const samples = Object.fromEntries(contenders.map((c) => [c, [] as S[]])) as Record<K, S[]>;
  for (let round = 0; round < options.warmup + options.runs; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(i + round) % contenders.length]!;
      await options.before?.();
      gc?.();
      const sample = await measure(contender, round);
      if (round >= options.warmup) samples[contender].push(sample);
    }
  }
  return samples;
}

/** Per-round ratios a[i] / b[i]. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((value, i) => value / b[i]!);
}

/** Ends the process if the benchmark is still running after `seconds`: a stalled run must not hang CI. */
export function deadline(name: string, seconds: number): void {
  setTimeout(() => {
    console.error(`${name} did not finish within ${seconds} s; giving up`);
    process.exit(1);
  }, seconds * 1000).unref();
}

export function verdict(met: boolean): string {
  return met ? "met" : "MISSED";
}
