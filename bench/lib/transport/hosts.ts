// The benchmark side of server-host.ts: starts a server in its own process and talks to it over
// IPC. Set BENCH_CPU_PROF_DIR to write a V8 CPU profile of each server process there on exit.
import { fork } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";

export type ServerKind = "codex-api" | "raw" | "grpc";

export type ParentMessage = { type: "ack"; tag: string; bytes: number } | { type: "gc" } | { type: "cpu" } | { type: "stop" };
export type HostMessage = { type: "listening"; port: number } | { type: "gc-done" } | { type: "cpu"; micros: number };

export interface ServerHost {
  readonly kind: ServerKind;
  readonly port: number;
  readonly url: string;
  /** Tells codex-api's synthetic engine that the client has read `bytes` of the stream `tag`. */
  ack(tag: string, bytes: number): void;
  /** A full GC in the server process, so garbage from one run is not collected in the next. */
  collectGarbage(): Promise<void>;
  /** CPU time (user + system) the server process has used so far, in µs. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

export async function startHost(kind: ServerKind): Promise<ServerHost> {
  const profileDir = process.env.BENCH_CPU_PROF_DIR;
  const profile = profileDir === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${profileDir}`];
  const child = fork(join(import.meta.dirname, "server-host.ts"), [kind], {
    execArgv: ["--import", "tsx", "--expose-gc", ...profile],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = once(child, "exit");
  /** The host's next message, or a rejection if it exits first. */
  const next = async (): Promise<HostMessage> => {
    const message = once(child, "message") as Promise<[HostMessage]>;
    const died = exited.then(([code, signal]) => Promise.reject(new Error(`the ${kind} server exited (${code ?? signal})`)));
    return (await Promise.race([message, died]))[0];
  };
  const listening = await next();
  if (listening.type !== "listening") throw new Error(`the ${kind} server said ${listening.type} before listening`);
  const send = (message: ParentMessage) => child.send(message);
  return {
    kind,
    port: listening.port,
    url: `http://127.0.0.1:${listening.port}`,
    ack: (tag, bytes) => send({ type: "ack", tag, bytes }),
    async collectGarbage() {
      const answer = next();
      send({ type: "gc" });
      await answer;
    },
    async cpuMicros() {
      const answer = next();
      send({ type: "cpu" });
      const message = await answer;
      if (message.type !== "cpu") throw new Error(`the ${kind} server answered ${message.type} to cpu`);
      return message.micros;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      send({ type: "stop" });
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
