// What interruptTurn does besides turn/interrupt: the engine leaves an interrupted turn's running
// commands alive (docs/engine-notes.md §3), so they are terminated through the experimental background-terminal
// API; and sandbox stages the engine itself lost are killed (escaped-commands.ts).
import { setTimeout as delay } from "node:timers/promises";
import type { EngineConnection } from "./engine-connection.js";
import { EngineError } from "./engine-error.js";
import type { Logger } from "./engine-log.js";
import type { ThreadBackgroundTerminal } from "./engine-protocol.js";
import { escapedProcesses, readProcesses, sandboxedCommands } from "./escaped-commands.js";

/** How often a stop is checked. */
const POLL_MS = 50;
/** How long after an interrupt to watch for sandbox stages being orphaned. */
const ESCAPE_WATCH_MS = 300;

/** Terminates the thread's background terminals started by `itemIds`, and waits (until deadline) for them to be gone. */
export async function terminateCommands(connection: EngineConnection, threadId: string, itemIds: ReadonlySet<string>, deadline: number, log: Logger): Promise<void> {
  if (itemIds.size === 0) return;
  const mine = (terminal: ThreadBackgroundTerminal) => itemIds.has(terminal.itemId);
  try {
    let running = (await terminals(connection, threadId)).filter(mine);
    for (const terminal of running) {
      await connection.request("thread/backgroundTerminals/terminate", { threadId, processId: terminal.processId });
    }
    while (running.length > 0 && Date.now() < deadline) {
      await delay(POLL_MS);
      running = (await terminals(connection, threadId)).filter(mine);
    }
    if (running.length > 0) log.warn({ threadId, commands: running.map((t) => t.command) }, "commands still running after interrupt");
  } catch (error) {
    if (error instanceof EngineError && error.code === "exited") return;
    log.warn({ threadId, err: error }, "could not stop the interrupted turn's commands");
  }
}

async function terminals(connection: EngineConnection, threadId: string): Promise<ThreadBackgroundTerminal[]> {
  const all: ThreadBackgroundTerminal[] = [];
  let cursor: string | null = null;
  do {
    const page: { data: ThreadBackgroundTerminal[]; nextCursor: string | null } = await connection.request("thread/backgroundTerminals/list", { threadId, cursor });
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
}

/** The sandboxed commands running under the engine, noted before an interrupt (Linux; elsewhere none). */
export async function noteSandboxedCommands(enginePid: number | undefined): Promise<Set<string>> {
  if (process.platform !== "linux" || enginePid === undefined) return new Set();
  return sandboxedCommands(await readProcesses(), enginePid);
}

/** Kills the stages of `noted` commands that lost their connection to the engine, watching a while for late orphans. */
export async function killEscaped(enginePid: number | undefined, noted: ReadonlySet<string>, deadline: number, log: Logger): Promise<void> {
  if (noted.size === 0 || enginePid === undefined) return;
  const until = Math.min(deadline, Date.now() + ESCAPE_WATCH_MS);
  do {
    const escaped = escapedProcesses(await readProcesses(), enginePid, noted);
    if (escaped.length > 0) log.warn({ pids: escaped }, "killing sandboxed command processes the engine lost on interrupt");
    for (const pid of escaped) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    await delay(POLL_MS);
  } while (Date.now() < until);
}
