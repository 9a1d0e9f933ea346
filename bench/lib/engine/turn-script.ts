// The turn both benchmarks play: a command, then a file change (under `untrusted` the engine asks
// before each), then an answer of DELTAS text deltas, either 1 ms apart (paced) or written in one
// socket write (burst). Each delta's text is its index, so a receiver can look up when the model
// wrote it (model-writes.ts), and a text holding several deltas can be taken apart (deltaIndices).
import type { Script, ScriptTurn } from "../../../src/scripted-model/index.js";

export type DeltaMode = "paced" | "burst";

export const DELTAS = 2_000;

export const deltaText = (index: number): string => `${index} `;

export const deltaIndex = (text: string): number => Number.parseInt(text, 10);

/**
 * The indices of the deltas a received delta's text holds: codex-api joins the deltas of one item
 * that it reads from the engine at once (src/engine/delta-merge.ts), so one frame may carry several.
 */
export const deltaIndices = (text: string): number[] => text.split(" ").filter((piece) => piece !== "").map(deltaIndex);

/** The user message that starts the turn in `mode`. */
export const turnPrompt = (mode: DeltaMode): string => `bench ${mode} turn`;

// The command clears what the patch adds, so the turn can be replayed in the same directory.
const NOTE = "bench-note.txt";
const PATCH = `*** Begin Patch\n*** Add File: ${NOTE}\n+written by the benchmark turn\n*** End Patch\n`;

function turn(mode: DeltaMode, deltas: number): ScriptTurn {
  const text = Array.from({ length: deltas }, (_, i) => deltaText(i));
  return {
    match: `^${turnPrompt(mode)}$`,
    responses: [
      [{ type: "exec", command: `rm -f ${NOTE} && echo cleared` }],
      [{ type: "patch", patch: PATCH }],
      [mode === "paced" ? { type: "text", deltas: text, delayMs: 1 } : { type: "text", deltas: text, burst: true }],
    ],
  };
}

export function benchScript(deltas = DELTAS): Script {
  return { turns: [turn("paced", deltas), turn("burst", deltas)] };
}
