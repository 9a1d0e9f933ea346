// What is left running after a test: Linux /proc scans for processes whose command line carries a
// marker the test put into the agent's commands, and liveness of PIDs the test noted.
import { readFileSync, readdirSync } from "node:fs";

export interface ProcessLine {
  pid: number;
  cmdline: string;
}

/** Live (non-zombie) processes whose command line contains `marker`; empty without /proc. */
export function processesMatching(marker: string): ProcessLine[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const found: ProcessLine[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ").trim();
      if (cmdline.includes(marker) && !isZombie(Number(entry))) found.push({ pid: Number(entry), cmdline });
    } catch {
      // Exited while we looked.
    }
  }
  return found;
}

/** Whether `pid` is a live process (a zombie waiting to be reaped counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** Kills what a failed test left behind, so one failure does not leak into later runs. */
export function killAll(lines: readonly ProcessLine[]): void {
  for (const { pid } of lines) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}
