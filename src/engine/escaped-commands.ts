// A sandboxed command runs in three stages: codex-linux-sandbox → bwrap → codex-linux-sandbox
// --apply-seccomp-then-exec (PID 1 of the sandbox) → the command. Interrupted while bwrap is
// still setting up — before the engine even reports the command — the engine kills the first
// stage, but the inner one misses bwrap's death signal and lives on, reparented away from the
// engine and surviving even its exit (reproduced with 0.169.0: test/engine/turns.test.ts).
// interruptTurn notes the sandboxed commands running before it interrupts, and afterwards kills
// any of their stages no longer connected to the engine. Linux only: it reads /proc.
import { readFile, readdir } from "node:fs/promises";

export interface ProcessInfo {
  pid: number;
  ppid: number;
  zombie: boolean;
  argv: string[];
}

/**
 * What all three stages of one sandboxed command share: the `--command-cwd` value and the argv
 * after the last `--` (the command itself). Null for anything else.
 */
export function sandboxKey(argv: string[]): string | null {
  const cwdAt = argv.indexOf("--command-cwd");
  const separator = argv.lastIndexOf("--");
  if (cwdAt === -1 || cwdAt + 1 >= argv.length || separator < cwdAt) return null;
  return JSON.stringify([argv[cwdAt + 1], ...argv.slice(separator + 1)]);
}

/** The sandboxed commands running under the engine. */
export function sandboxedCommands(processes: ProcessInfo[], enginePid: number): Set<string> {
  const byPid = indexByPid(processes);
  const keys = new Set<string>();
  for (const proc of processes) {
    const key = sandboxKey(proc.argv);
    if (key !== null && !proc.zombie && connected(byPid, proc, enginePid)) keys.add(key);
  }
  return keys;
}

/** Live stages of `commands` no longer connected to the engine, with all their descendants. */
export function escapedProcesses(processes: ProcessInfo[], enginePid: number, commands: ReadonlySet<string>): number[] {
  const byPid = indexByPid(processes);
  const found = new Set<number>();
  for (const proc of processes) {
    const key = sandboxKey(proc.argv);
    if (key !== null && commands.has(key) && !proc.zombie && !connected(byPid, proc, enginePid)) found.add(proc.pid);
  }
  // Children are not listed after their parents in any useful order: repeat until stable.
  for (let added = found.size > 0; added; ) {
    added = false;
    for (const proc of processes) {
      if (!found.has(proc.pid) && found.has(proc.ppid) && !proc.zombie) {
        found.add(proc.pid);
        added = true;
      }
    }
  }
  return [...found];
}

function indexByPid(processes: ProcessInfo[]): Map<number, ProcessInfo> {
  return new Map(processes.map((proc) => [proc.pid, proc]));
}

/** Whether `proc` descends from `root` through live (non-zombie) processes. */
function connected(byPid: Map<number, ProcessInfo>, proc: ProcessInfo, root: number): boolean {
  for (let parent = byPid.get(proc.ppid), hops = 0; parent !== undefined && hops < 64; parent = byPid.get(parent.ppid), hops++) {
    if (parent.zombie) return false;
    if (parent.pid === root) return true;
  }
  return false;
}

/** Every process we can read in /proc (none where there is no /proc). */
export async function readProcesses(): Promise<ProcessInfo[]> {
  const entries = await readdir("/proc").catch(() => [] as string[]);
  const processes = await Promise.all(entries.filter((name) => /^\d+$/.test(name)).map((name) => readProcess(Number(name))));
  return processes.filter((proc): proc is ProcessInfo => proc !== null);
}

async function readProcess(pid: number): Promise<ProcessInfo | null> {
  try {
    const [stat, cmdline] = await Promise.all([readFile(`/proc/${pid}/stat`, "utf8"), readFile(`/proc/${pid}/cmdline`, "utf8")]);
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const argv = cmdline.split("\0");
    if (argv.at(-1) === "") argv.pop();
    return { pid, ppid: Number(ppid), zombie: state === "Z", argv };
  } catch {
    return null;
  }
}
