// A well-behaved client running real turns, one after another, next to whatever the fuzz does:
// each turn must complete, and the session's history must stay gapless across its streams.
import type { ClientHttp2Session } from "node:http2";
import type { ServerFrame } from "../../generated/types.js";
import { checkServerFrame } from "../../src/protocol/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { isHistory } from "../support/history-frames.js";

export class ControlSession {
  readonly problems: string[] = [];
  turnsCompleted = 0;
  /** Whether a stream of the control session is open now (the server's stream gauge counts it). */
  streamOpen = false;
  lastCompletedAtMs = Date.now();
  private lastSeq = 0;
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly url: string,
    private readonly connection: ClientHttp2Session,
    readonly sessionId: string,
  ) {}

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    for (let n = 1; !this.stopped; n++) {
      try {
        await this.turn(n);
      } catch (error) {
        this.problems.push(`control turn ${n}: ${String(error).slice(0, 500)}`);
        return;
      }
    }
  }

  /** One stream per turn: resume from lastSeq, run the turn, end the request. */
  private async turn(n: number): Promise<void> {
    this.streamOpen = true;
    const stream = RawStream.open(this.url, { session: this.connection });
    try {
      stream.send({ type: "open_session", sessionId: this.sessionId, ...(n === 1 ? {} : { lastSeq: this.lastSeq }) });
      stream.send({ type: "user_message", id: `control-${n}`, sessionId: this.sessionId, content: `control turn ${n}` });
      const end = await stream.next(isTerminal, 30_000);
      if (end.type !== "status" || end.state !== "completed") throw new Error(`ended ${JSON.stringify(end)}`);
      stream.endRequest();
      await stream.closed(30_000);
      this.check(stream.frames, n);
      this.turnsCompleted++;
      this.lastCompletedAtMs = Date.now();
    } finally {
      stream.close();
      // The server releases the stream a moment after the client sees it close.
      setTimeout(() => (this.streamOpen = false), 100);
    }
  }

  private check(frames: readonly ServerFrame[], n: number): void {
    let position: number | undefined;
    for (const frame of frames) {
      const check = checkServerFrame(frame);
      if (!check.ok) this.problems.push(`control turn ${n}: invalid frame ${check.problem.message}`);
      if ("sessionId" in frame && frame.sessionId !== undefined && frame.sessionId !== this.sessionId) this.problems.push(`control turn ${n}: frame of session ${frame.sessionId}`);
      if (frame.type === "error") this.problems.push(`control turn ${n}: error ${frame.code}: ${frame.message}`);
      if (frame.type === "session") {
        position = frame.seq;
        if (frame.seq !== this.lastSeq) this.problems.push(`control turn ${n}: session frame seq ${frame.seq}, expected ${this.lastSeq}`);
        continue;
      }
      if (position === undefined) {
        this.problems.push(`control turn ${n}: ${frame.type} before the session frame`);
        continue;
      }
      const history = isHistory(frame);
      if (history && frame.seq !== position + 1) this.problems.push(`control turn ${n}: history seq ${frame.seq} after ${position}`);
      if (!history && frame.seq !== position) this.problems.push(`control turn ${n}: control ${frame.type} seq ${frame.seq}, expected ${position}`);
      if (history) position = frame.seq;
    }
    const last = frames.at(-1);
    if (last?.type !== "terminate" || last.reason !== "client_closed") this.problems.push(`control turn ${n}: last frame ${JSON.stringify(last)?.slice(0, 200)}`);
    this.lastSeq = position ?? this.lastSeq;
  }
}
