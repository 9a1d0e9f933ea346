// When the scripted model wrote each delta, on the clock the clients read: performance.now() of
// this process, which hosts the model, codex-api and the clients alike. src/scripted-model has no
// per-event hook, so the one call it makes per SSE write, http.ServerResponse#write, is wrapped:
// nothing else in a benchmark process speaks HTTP/1 (codex-api and its client use HTTP/2). The
// wrapper only reads the clock and keeps the chunk; chunks are parsed after the turn, off the
// measured path.
import { ServerResponse } from "node:http";

interface Write {
  at: number;
  chunk: unknown;
}

let writes: Write[] | undefined;

const write = ServerResponse.prototype.write;
ServerResponse.prototype.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
  writes?.push({ at: performance.now(), chunk });
  return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
} as typeof write;

/** Starts keeping the model's writes (forgetting earlier ones). */
export function recordModelWrites(): void {
  writes = [];
}

/**
 * Stops recording; returns when delta i (0 ≤ i < count) was written, NaN for one never seen.
 * Only one turn may stream while recording: indices repeat across turns.
 */
export function modelWriteTimes(count: number): Float64Array {
  const times = new Float64Array(count).fill(Number.NaN);
  // A delta's text starts with its index (turn-script.ts); one SSE event per line.
  const delta = /"type":"response\.output_text\.delta"[^\n]*"delta":"(\d+)/g;
  for (const { at, chunk } of writes ?? []) {
    if (typeof chunk !== "string") continue;
    for (const match of chunk.matchAll(delta)) {
      const index = Number(match[1]);
      if (index < count && Number.isNaN(times[index]!)) times[index] = at;
    }
  }
  writes = undefined;
  return times;
}
