// The benchmark clients. They count rather than decode where they can (a newline per NDJSON
// frame, a message per gRPC frame), so the client, on the other core, is never the bottleneck
// and the numbers are the server's. All HTTP/2 clients get the same receive window.
import { once } from "node:events";
import http2, { type ClientHttp2Session, type ClientHttp2Stream } from "node:http2";
import { encodeNdjson, ndjsonFraming } from "../../../src/transport/index.js";
import { heartbeat, openSession, planMessage, type OutPlan } from "./frames.js";
import type { GrpcCall } from "./grpc.js";
import { ACK_EVERY_BYTES } from "../../../test/support/synthetic-engine.js";

/** Receive window of every client, per stream and per connection (gRPC sets both from one option). */
export const CLIENT_WINDOW_BYTES = 4 << 20;
const LF = 0x0a;

export async function connectH2(url: string): Promise<ClientHttp2Session> {
  // maxSessionMemory as grpc-js sets it, so neither client refuses data the other would take.
  const session = http2.connect(url, { settings: { initialWindowSize: CLIENT_WINDOW_BYTES }, maxSessionMemory: Number.MAX_SAFE_INTEGER });
  session.on("error", () => undefined);
  await once(session, "connect");
  session.setLocalWindowSize(CLIENT_WINDOW_BYTES);
  return session;
}

function agentStream(session: ClientHttp2Session, path = "/agent/stream"): ClientHttp2Stream {
  return session.request({ ":method": "POST", ":path": path, "content-type": ndjsonFraming.contentType });
}

export interface Received {
  frames: number;
  bytes: number;
}

/** Counts frames and bytes of a response until it closes; `onBytes` sees the running byte count. */
function countNdjson(stream: ClientHttp2Stream, onBytes?: (bytes: number) => void): Promise<Received> {
  const received: Received = { frames: 0, bytes: 0 };
  stream.on("data", (chunk: Buffer) => {
    received.bytes += chunk.length;
    for (let lf = chunk.indexOf(LF); lf !== -1; lf = chunk.indexOf(LF, lf + 1)) received.frames++;
    onBytes?.(received.bytes);
  });
  return new Promise((resolve, reject) => {
    stream.on("close", () => resolve(received));
    stream.on("error", reject);
  });
}

/** transport-out over HTTP/2: asks for a turn and reads it; acknowledges every ACK_EVERY_BYTES. */
export function receiveTurnH2(session: ClientHttp2Session, plan: OutPlan, ack: (tag: string, bytes: number) => void): Promise<Received> {
  const stream = agentStream(session);
  let acked = 0;
  const received = countNdjson(stream, (bytes) => {
    if (bytes - acked < ACK_EVERY_BYTES) return;
    acked = bytes;
    ack(plan.tag, bytes);
  });
  stream.end(encodeNdjson(planMessage(plan)));
  return received;
}

/** transport-out over gRPC: the same request, one message per frame back. */
export function receiveTurnGrpc(call: GrpcCall, plan: OutPlan): Promise<Received> {
  const received: Received = { frames: 0, bytes: 0 };
  call.on("data", (message: Buffer) => {
    received.frames++;
    received.bytes += message.length;
  });
  const done = new Promise<Received>((resolve, reject) => {
    call.on("end", () => resolve(received));
    call.on("error", reject);
  });
  call.write(Buffer.from(JSON.stringify(planMessage(plan))));
  call.end();
  return done;
}

/** transport-in: writes a pre-encoded request body as fast as flow control allows, then reads the answer. */
export async function sendBody(session: ClientHttp2Session, body: Buffer, path?: string): Promise<Received> {
  const sliceBytes = 64 << 10;
  const stream = agentStream(session, path);
  const received = countNdjson(stream);
  for (let at = 0; at < body.length; at += sliceBytes) {
    if (stream.write(body.subarray(at, at + sliceBytes))) continue;
    await Promise.race([once(stream, "drain"), received]);
    if (stream.closed) throw new Error(`the server closed the stream after ${at} of ${body.length} request bytes`);
  }
  stream.end();
  return received;
}

/** One request/answer at a time on one stream: resolves with the answer that names `id`. */
export interface Pinger {
  ping(id: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a session on a stream, then answers pings: `send` writes a client frame, and the caller
 * feeds every server frame to `received` and calls `ended` when the stream is over.
 */
class PingState {
  private waiting: { id: number; resolve: () => void; reject: (error: Error) => void } | undefined;
  private opened: { resolve: () => void; reject: (error: Error) => void } | undefined;

  constructor(private readonly send: (frame: object) => void) {}

  open(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.opened = { resolve, reject };
      this.send(openSession());
    });
  }

  ping(id: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting = { id, resolve, reject };
      this.send(heartbeat(id));
    });
  }

  received(frame: { type?: unknown; inReplyTo?: unknown }): void {
    if (frame.type === "session") this.opened?.resolve();
    else if (this.waiting !== undefined && frame.inReplyTo === this.waiting.id) this.waiting.resolve();
  }

  ended(): void {
    const error = new Error("the stream ended before the answer");
    this.opened?.reject(error);
    this.waiting?.reject(error);
  }
}

/** A heartbeat pinger on an HTTP/2 stream, answers decoded with the real NDJSON decoder. */
export async function h2Pinger(session: ClientHttp2Session): Promise<Pinger> {
  const stream = agentStream(session);
  const state = new PingState((frame) => stream.write(encodeNdjson(frame)));
  const decoder = ndjsonFraming.createDecoder();
  stream.on("data", (chunk: Buffer) => {
    for (const result of decoder.decode(chunk)) {
      if (!result.ok) throw result.error;
      state.received(result.frame as object);
    }
  });
  stream.on("error", () => undefined);
  stream.on("close", () => state.ended());
  await state.open();
  return {
    ping: (id) => state.ping(id),
    async close() {
      const closed = once(stream, "close");
      stream.end();
      await closed;
    },
  };
}

/** The same pinger over a gRPC call. */
export async function grpcPinger(call: GrpcCall): Promise<Pinger> {
  const state = new PingState((frame) => call.write(Buffer.from(JSON.stringify(frame))));
  call.on("data", (message: Buffer) => state.received(JSON.parse(message.toString("utf8")) as object));
  call.on("error", () => undefined);
  call.on("close", () => state.ended());
  await state.open();
  return {
    ping: (id) => state.ping(id),
    async close() {
      const ended = once(call, "end");
      call.end();
      await ended;
    },
  };
}
