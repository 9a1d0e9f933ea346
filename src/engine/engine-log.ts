// The engine's stderr as log entries. Logging goes through the core's Logger (pino-shaped).
import type { Logger } from "../core/logger.js";

export type { Logger };

export type LogLevel = "info" | "warn" | "error";

export const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {}, error() {} };

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * Lines the engine prints at ERROR that are not errors: without bubblewrap on PATH it uses its
 * bundled copy (docs/engine-notes.md §2), and the sandbox works. Kept at warn: installing bubblewrap silences it.
 */
const KNOWN_HARMLESS = /could not find bubblewrap on PATH/;

/** An engine stderr line without its colour codes, at the level its tracing prefix names. */
export function stderrEntry(line: string): { level: LogLevel; message: string } {
  const message = line.replace(ANSI, "");
  const level = KNOWN_HARMLESS.test(message) ? "warn" : /\bERROR\b/.test(message) ? "error" : /\bWARN(ING)?\b/.test(message) ? "warn" : "info";
  return { level, message };
}
