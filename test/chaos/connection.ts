// One client HTTP/2 connection that a chaos test can cut like a network failure would: the TCP
// socket is destroyed under the session (no GOAWAY, no RST_STREAM), and the next user gets a new
// connection. `http2session.socket` is a proxy that refuses `destroy()`, so the test keeps the
// real socket by passing it in through `createConnection`.
import http2, { type ClientHttp2Session } from "node:http2";
import net from "node:net";

export class DroppableConnection {
  private session: ClientHttp2Session | undefined;
  private socket: net.Socket | undefined;
  private closed = false;
  /** How many times this slot has connected. */
  connects = 0;

  constructor(private readonly url: string) {}

  /** The live connection, connecting anew if the last one was dropped. */
  current(): ClientHttp2Session {
    if (this.closed) throw new Error("connection slot closed");
    if (this.session === undefined || this.session.closed || this.session.destroyed) {
      const { hostname, port } = new URL(this.url);
      const socket = net.connect(Number(port), hostname);
      socket.on("error", () => undefined);
      const session = http2.connect(this.url, { createConnection: () => socket });
      session.on("error", () => undefined);
      // RawStream adds an error listener per stream it opens on a shared session.
      session.setMaxListeners(0);
      this.session = session;
      this.socket = socket;
      this.connects++;
    }
    return this.session;
  }

  /** Cuts the TCP connection; every stream on it dies. False when there was nothing to cut. */
  drop(): boolean {
    if (this.socket === undefined || this.socket.destroyed) return false;
    this.socket.destroy();
    return true;
  }

  close(): void {
    this.closed = true;
    this.session?.destroy();
    this.socket?.destroy();
  }
}
