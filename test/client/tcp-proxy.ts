// A TCP proxy on 127.0.0.1, port 0, in front of the real server: the network edge the reconnect
// tests break. It cuts connections (TCP RST or a plain close) right away or after a number of
// bytes, refuses new ones while "down", and can swallow what the client sends.
import { createServer, connect as tcpConnect, type AddressInfo, type Server, type Socket } from "node:net";

export type CutMode = "reset" | "close";

interface Pair {
  client: Socket;
  upstream: Socket;
}

interface Watch {
  done: () => boolean;
  resolve: () => void;
}

export class TcpProxy {
  /** Connections forwarded, and refused while down, so far. */
  accepted = 0;
  refused = 0;
  readonly #pairs = new Set<Pair>();
  readonly #watches = new Set<Watch>();
  #down = false;
  /** Server→client bytes since the armed cut, and where it fires. */
  #cutAt: { bytes: number; seen: number; mode: CutMode; stayDown: boolean } | undefined;
  /** Client→server bytes swallowed since swallowing began, or undefined while forwarding. */
  #swallowed: Buffer[] | undefined;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    target: URL,
  ) {
    server.on("connection", (client) => this.#accept(client, target));
  }

  static async start(targetUrl: string): Promise<TcpProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return new TcpProxy(server, `http://127.0.0.1:${port}`, new URL(targetUrl));
  }

  /** Kills every open connection, both sides; `stayDown` refuses new ones until up(). */
  cut(mode: CutMode = "reset", stayDown = false): void {
    this.#down ||= stayDown;
    this.#swallowed = undefined;
    for (const pair of this.#pairs) {
      for (const socket of [pair.client, pair.upstream]) {
        if (mode === "reset" && !socket.destroyed) socket.resetAndDestroy();
        else socket.destroy();
      }
    }
    this.#pairs.clear();
  }

  /** Cuts once `bytes` more bytes have gone from the server to the client. */
  cutAfter(bytes: number, mode: CutMode = "reset", stayDown = false): Promise<void> {
    this.#cutAt = { bytes, seen: 0, mode, stayDown };
    return this.#until(() => this.#cutAt === undefined);
  }

  up(): void {
    this.#down = false;
  }

  /** Stops forwarding what clients send; resolves once the swallowed bytes contain `text`. */
  swallowUntil(text: string): Promise<void> {
    const swallowed: Buffer[] = [];
    this.#swallowed = swallowed;
    return this.#until(() => Buffer.concat(swallowed).includes(text));
  }

  whenRefused(count: number): Promise<void> {
    return this.#until(() => this.refused >= count);
  }

  async close(): Promise<void> {
    this.cut("close");
    await new Promise((resolve) => this.server.close(resolve));
  }

  #accept(client: Socket, target: URL): void {
    client.on("error", () => undefined);
    if (this.#down) {
      this.refused++;
      client.resetAndDestroy();
      return this.#changed();
    }
    this.accepted++;
    const upstream = tcpConnect(Number(target.port), target.hostname);
    upstream.on("error", () => undefined);
    const pair = { client, upstream };
    this.#pairs.add(pair);
    client.on("data", (chunk: Buffer) => {
      if (this.#swallowed === undefined) upstream.write(chunk);
      else {
        this.#swallowed.push(chunk);
        this.#changed();
      }
    });
    upstream.on("data", (chunk: Buffer) => {
      client.write(chunk);
      const cutAt = this.#cutAt;
      if (cutAt === undefined) return;
      cutAt.seen += chunk.length;
      if (cutAt.seen < cutAt.bytes) return;
      this.#cutAt = undefined;
      this.cut(cutAt.mode, cutAt.stayDown);
      this.#changed();
    });
    const close = () => {
      this.#pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", close);
    upstream.on("close", close);
    this.#changed();
  }

  #until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => this.#watches.add({ done, resolve }));
  }

  #changed(): void {
    for (const watch of this.#watches) {
      if (!watch.done()) continue;
      this.#watches.delete(watch);
      watch.resolve();
    }
  }
}
