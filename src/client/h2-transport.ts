// The client's only user of node:http2: one HTTP/2 connection (h2c with prior knowledge for
// http://, TLS with ALPN h2 for https://) and the POST streams opened on it. Everything else in
// the client sees a Node Duplex (request body out, response body in) and a plain response head.
import http2, { type ClientHttp2Session, type ClientHttp2Stream } from "node:http2";
import type { Duplex } from "node:stream";
import { CodexApiError } from "./codex-api-error.js";

export interface H2Options {
  /** PEM certificate(s) to trust for https:// (a self-signed server certificate). */
  ca?: string | Buffer;
  /** Sent as `Authorization: Bearer <token>` on every request. */
  token?: string;
}

export interface ResponseHead {
  status: number;
  contentType: string | undefined;
}

export interface RequestStream {
  /** Writable side: the request body. Readable side: the response body. */
  readonly body: Duplex;
  readonly head: Promise<ResponseHead>;
}

/** Longest error body read from a refused request; such bodies are one small JSON object. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

export class H2Connection {
  private constructor(
    private readonly session: ClientHttp2Session,
    private readonly token: string | undefined,
  ) {}

  /** Resolves once the connection (and the TLS handshake) is up. */
  static open(url: URL, options: H2Options): Promise<H2Connection> {
    return new Promise((resolve, reject) => {
      const session = http2.connect(url, url.protocol === "https:" && options.ca !== undefined ? { ca: options.ca } : {});
      const fail = (error: Error) => {
        session.destroy();
        reject(new CodexApiError("unavailable", `could not connect to ${url.origin}: ${error.message}`, { cause: error }));
      };
      // A socket closed before the handshake (a proxy refusing) emits no error.
      const closed = () => fail(new Error("the connection closed before the HTTP/2 handshake"));
      session.once("error", fail);
      session.once("close", closed);
      session.once("connect", () => {
        session.off("error", fail);
        session.off("close", closed);
        // Errors after connecting reach the streams, which report them; without a listener
        // an 'error' event would crash the process.
        session.on("error", () => undefined);
        resolve(new H2Connection(session, options.token));
      });
    });
  }

  get isClosed(): boolean {
    return this.session.closed || this.session.destroyed;
  }

  /** `sessionId`, when known, goes in the `codex-session-id` header for a proxy to route on (docs/routing.md). */
  post(path: string, contentType: string, sessionId?: string): RequestStream {
    if (this.isClosed) throw new CodexApiError("unavailable", "the connection is closed; connect again");
    const headers: http2.OutgoingHttpHeaders = { ":method": "POST", ":path": path, "content-type": contentType };
    if (this.token !== undefined) headers.authorization = `Bearer ${this.token}`;
    // Header values travel as bytes: the id's UTF-8, which Node sends as given when each is one latin1 character.
    if (sessionId !== undefined) headers["codex-session-id"] = Buffer.from(sessionId, "utf8").toString("latin1");
    let stream: ClientHttp2Stream;
    try {
      stream = this.session.request(headers, { endStream: false });
    } catch (error) {
      throw CodexApiError.from(error);
    }
    // Stream errors are reported by whoever reads the body (or through `head`); without a
    // listener an 'error' event would crash the process.
    stream.on("error", () => undefined);
    const head = new Promise<ResponseHead>((resolve, reject) => {
      const early = (error?: Error) =>
        reject(error === undefined ? new CodexApiError("stream_closed", "the server closed the stream before answering") : CodexApiError.from(error));
      stream.once("error", early);
      stream.once("close", early);
      stream.once("response", (headers) => {
        stream.off("error", early);
        stream.off("close", early);
        const contentType = headers["content-type"];
        resolve({ status: Number(headers[":status"]), contentType: typeof contentType === "string" ? contentType : undefined });
      });
    });
    // A stream abandoned before its answer leaves `head` unobserved; that is not a crash.
    head.catch(() => undefined);
    return { body: stream, head };
  }

  /** Waits for open streams to end, then closes the connection. */
  close(): Promise<void> {
    if (this.session.destroyed) return Promise.resolve();
    return new Promise((resolve) => this.session.close(() => resolve()));
  }
}

/** Reads a (small) response body to the end, as text: the JSON of a refused request. */
export async function readErrorBody(body: Duplex): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_ERROR_BODY_BYTES) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
