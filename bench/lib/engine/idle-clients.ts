// A child process holding idle codex-api sessions, so the server's memory can be measured without
// the clients' own. Driven over IPC by bench/scale.ts:
//   parent → { open: { url, sessions, perConnection } }  child → { opened: n }
//   parent → { collect: ms }                            child → { intervalsMs: number[] }
//   parent → { close: true }                            child closes everything and exits.
// intervalsMs: the time between consecutive server heartbeats on each stream, as they arrived.
import { CLIENT_HEARTBEAT_ID, GatewayConnection, type GatewaySession } from "./gateway-client.js";

interface Command {
  open?: { url: string; sessions: number; perConnection: number };
  collect?: number;
  close?: true;
}

let connections: GatewayConnection[] = [];
let sessions: GatewaySession[] = [];

async function open(url: string, count: number, perConnection: number): Promise<void> {
  connections = await Promise.all(Array.from({ length: Math.ceil(count / perConnection) }, () => GatewayConnection.open(url)));
  sessions = await Promise.all(Array.from({ length: count }, (_, i) => connections[Math.floor(i / perConnection)]!.openSession()));
}

function collect(ms: number): Promise<number[]> {
  const intervals: number[] = [];
  for (const session of sessions) {
    let last: number | undefined;
    session.onFrame = (frame, at) => {
      // Only the server's periodic heartbeats: not its answers to ours.
      if (frame.type !== "heartbeat" || frame.inReplyTo === CLIENT_HEARTBEAT_ID) return;
      if (last !== undefined) intervals.push(at - last);
      last = at;
    };
  }
  return new Promise((resolve) =>
    setTimeout(() => {
      for (const session of sessions) session.onFrame = () => undefined;
      resolve(intervals);
    }, ms),
  );
}

async function close(): Promise<void> {
  await Promise.all(sessions.map((session) => session.close()));
  await Promise.all(connections.map((connection) => connection.close()));
}

process.on("message", (command: Command) => {
  const reply = (message: object) => process.send!(message);
  if (command.open !== undefined) {
    const { url, sessions: count, perConnection } = command.open;
    open(url, count, perConnection).then(() => reply({ opened: sessions.length }), (error: unknown) => reply({ error: String(error) }));
  } else if (command.collect !== undefined) {
    collect(command.collect).then((intervalsMs) => reply({ intervalsMs }));
  } else if (command.close) {
    void close().then(() => process.exit(0));
  }
});
// The benchmark is gone (it failed, or was stopped): so are these sessions.
process.once("disconnect", () => process.exit(1));
