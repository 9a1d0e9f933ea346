// CPU time and memory of a process, from /proc (Linux): for the engine, which is not ours to ask.
import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100;

/**
 * User + system CPU time of the process (all its threads), in ms; with `children`, also that of
 * the children it has waited for (the engine's commands and sandboxes).
 */
export function cpuMs(pid: number | "self", children = false): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces; the fields after its closing paren are fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
  const ticks = fields[11]! + fields[12]! + (children ? fields[13]! + fields[14]! : 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU time the machine's processes spent, every core (and time the hypervisor gave to other
 * guests), in ms. Interrupt time is left out: loopback traffic of our own is accounted there.
 */
export function machineBusyMs(): number {
  const [user, nice, system, , , , , steal] = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.split(/\s+/).slice(1).map(Number);
  return ((user! + nice! + system! + steal!) * 1000) / TICKS_PER_SECOND;
}

/**
 * Measures how busy the rest of the machine was while `work` ran: busy time of every core minus
 * that of `pids` (with their waited-for children), in cores on average.
 */
export async function otherLoad<T>(pids: (number | "self")[], work: () => Promise<T>): Promise<{ result: T; cores: number }> {
  const ours = () => pids.reduce<number>((sum, pid) => sum + cpuMs(pid, true), 0);
  const machine = machineBusyMs();
  const own = ours();
  const startedAt = performance.now();
  const result = await work();
  const other = machineBusyMs() - machine - (ours() - own);
  return { result, cores: Math.max(0, other) / (performance.now() - startedAt) };
}

/** Resident set size now (VmRSS) and its peak (VmHWM), in bytes. */
export function memory(pid: number | "self" = "self"): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kib("VmRSS"), peak: kib("VmHWM") };
}

/** Samples the RSS of the processes while `work` runs; returns each one's highest sample. */
export async function peakRss<T>(pids: (number | "self")[], work: () => Promise<T>, everyMs = 25): Promise<{ result: T; peaks: number[] }> {
  const peaks = pids.map((pid) => memory(pid).rss);
  const sample = () => pids.forEach((pid, i) => (peaks[i] = Math.max(peaks[i]!, memory(pid).rss)));
  const timer = setInterval(sample, everyMs);
  try {
    const result = await work();
    sample();
    return { result, peaks };
  } finally {
    clearInterval(timer);
  }
}
