// The engine's stderr as log entries. Logging goes through the core's Logger (pino-shaped).
import type { Logger } from "../core/logger.js";

export type { Logger };

export type LogLevel = "debug" | "info" | "warn" | "error";

export const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {}, error() {} };

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * What the engine says at every start that is not a problem, and what it means. Such lines go to
 * the log once, at info, with the explanation instead of the engine's alarm (docs/engine-notes.md §0, §2).
 */
const KNOWN_NOTICES: { pattern: RegExp; explanation: string }[] = [
  {
    // Printed twice: on stderr and as a `configWarning` notification. Only a bubblewrap that is
    // not the engine's own silences it (a symlink to the bundled one is recognised).
    pattern: /could not find bubblewrap on PATH/,
    explanation: "the engine's sandbox uses the bubblewrap bundled with @openai/codex, which works; install bubblewrap on PATH to use the system's",
  },
  {
    // The engine logs a command or patch the user denied as an ERROR of its tool router.
    pattern: /rejected by user/,
    explanation: "a prompt was denied, as the backend or the approval timeout decided; not an error",
  },
  {
    pattern: /could not create PATH aliases|Refusing to create helper binaries under temporary dir/,
    explanation: "CODEX_HOME is under a temporary directory, so the engine does not put its helper aliases on the agent's PATH; nothing codex-api uses depends on them",
  },
];

/** The explanation of a known, harmless engine notice, if the text is one. */
export function knownNotice(text: string): string | undefined {
  return KNOWN_NOTICES.find(({ pattern }) => pattern.test(text))?.explanation;
}

/** An engine stderr line without its colour codes, at the level its tracing prefix names. */
export function stderrEntry(line: string): { level: LogLevel; message: string } {
  const message = line.replace(ANSI, "");
  const known = knownNotice(message);
  if (known !== undefined) return { level: "info", message: `${message} (${known})` };
  const level = /\bERROR\b/.test(message) ? "error" : /\bWARN(ING)?\b/.test(message) ? "warn" : "info";
  return { level, message };
}
