// The raw floor: a plain node:http2 server speaking the same NDJSON bytes as codex-api with the
// least work (bench/lib/transport/floor.ts): lines split with Buffer#indexOf, one write per frame.
// `POST /agent/stream?answer` answers approves as codex-api does; without it they are dropped.
import { once } from "node:events";
import http2, { type IncomingHttpHeaders, type ServerHttp2Stream } from "node:http2";
import type { AddressInfo } from "node:net";
import { decodeJson, FloorStream, type FrameOut } from "./floor.js";

const LF = 0x0a;

export async function startRawServer(): Promise<{ port: number; close(): Promise<void> }> {
  // The same HTTP/2 settings as codex-api's server (maxStreamsPerConnection 100, + 8).
  const server = http2.createServer({ settings: { maxConcurrentStreams: 108 } });
  server.on("stream", serve);
  server.on("session", (session) => session.on("error", () => undefined));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function serve(stream: ServerHttp2Stream, headers: IncomingHttpHeaders): void {
  stream.on("error", () => undefined);
  stream.respond({ ":status": 200, "content-type": "application/x-ndjson", "cache-control": "no-store" });
  const out: FrameOut = {
    write: (frame) => stream.write(Buffer.from(`${JSON.stringify(frame)}\n`)),
    drained: async () => void (await once(stream, "drain")),
    end: (frame) => stream.end(Buffer.from(`${JSON.stringify(frame)}\n`)),
  };
  const floor = new FloorStream(out, headers[":path"]?.endsWith("?answer") === true);
  let held: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => {
    let start = 0;
    for (let lf = chunk.indexOf(LF); lf !== -1; lf = chunk.indexOf(LF, start)) {
      const tail = chunk.subarray(start, lf);
      floor.frame(decodeJson(held.length === 0 ? tail : Buffer.concat([...held, tail])));
      held = [];
      start = lf + 1;
    }
    if (start < chunk.length) held.push(chunk.subarray(start));
  });
  stream.on("end", () => floor.requestEnded());
}
