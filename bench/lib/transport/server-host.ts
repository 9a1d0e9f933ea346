// Runs one benchmark server in a process of its own, so that on a 2-core machine the server has
// a core and the client the other, and no server's garbage or JIT state affects another's runs.
// Started by hosts.ts over IPC: reports its port, takes read acknowledgements (codex-api's
// synthetic engine), collects garbage between runs, and exits on "stop" or when its parent goes.
import { startCodexApiServer } from "./codex-api-server.js";
import { startGrpcServer } from "./grpc.js";
import type { HostMessage, ParentMessage, ServerKind } from "./hosts.js";
import { startRawServer } from "./raw-server.js";

const kind = process.argv[2] as ServerKind;
const send = (message: HostMessage) => process.send!(message);

async function start(): Promise<{ port: number; close(): Promise<void>; ack?(tag: string, bytes: number): void }> {
  switch (kind) {
    case "codex-api": {
      const { server, engine, close } = await startCodexApiServer();
      return { port: server.port, close, ack: (tag, bytes) => engine.ack(tag, bytes) };
    }
    case "raw":
      return startRawServer();
    case "grpc":
      return startGrpcServer();
  }
}

const server = await start();
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  // Open keep-alive connections and timers would keep the process up; the parent is done with it.
  process.exit(0);
};
process.on("message", (message: ParentMessage) => {
  if (message.type === "ack") server.ack?.(message.tag, message.bytes);
  else if (message.type === "gc") {
    (globalThis as { gc?: () => void }).gc?.();
    send({ type: "gc-done" });
  } else if (message.type === "cpu") {
    const { user, system } = process.cpuUsage();
    send({ type: "cpu", micros: user + system });
  } else if (message.type === "stop") void stop();
});
process.on("disconnect", () => void stop());
send({ type: "listening", port: server.port });
