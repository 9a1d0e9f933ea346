// One frame on a stream of its own (spec "Control streams"): an approve, answer or cancel for a session
// that another stream holds, maybe in another process. The server acts on the session without
// taking it over, answers this stream alone (a heartbeat, or the error a bound stream would get)
// and ends it. The session's own stream sees the outcome as usual.
import { randomUUID } from "node:crypto";
import type { AnswerFrame, ApproveFrame, CancelFrame, ClientFrameId, Decision, ServerHeartbeatFrame } from "../../generated/types.js";
import { CodexApiError } from "./codex-api-error.js";
import { withStream, type LegConfig } from "./stream-leg.js";

/** A control frame that names its session (sent in the `codex-session-id` header too) and has an id. */
export type ControlFrame = (ApproveFrame | AnswerFrame | CancelFrame) & { sessionId: string; id: ClientFrameId };

export interface ControlOptions {
  /** The frame's `id`, echoed by the acknowledgement (default: a new random one). */
  id?: ClientFrameId;
  /** Gives up waiting for the answer: rejects with `aborted` and resets the stream. */
  signal?: AbortSignal;
}

export interface ApproveOptions extends ControlOptions {
  /** Why; logged by the server, and for a denial passed on to the agent where the engine allows. */
  explanation?: string;
}

export interface CancelOptions extends ControlOptions {
  /** Cancel only if this is the session's running turn. */
  turnId?: string;
}

export function approveFrame(sessionId: string, commandId: string, decision: Decision, options: ApproveOptions): ControlFrame {
  return {
    type: "approve",
    id: options.id ?? `control-${randomUUID()}`,
    sessionId,
    commandId,
    decision,
    ...(options.explanation === undefined ? {} : { explanation: options.explanation }),
  };
}

export function answerFrame(sessionId: string, promptId: string, reply: Pick<AnswerFrame, "action" | "answers" | "content">, options: ControlOptions): ControlFrame {
  const frame: AnswerFrame & { sessionId: string; id: ClientFrameId } = { type: "answer", id: options.id ?? `control-${randomUUID()}`, sessionId, promptId };
  if (reply.action !== undefined) frame.action = reply.action;
  if (reply.answers !== undefined) frame.answers = reply.answers;
  if (reply.content !== undefined) frame.content = reply.content;
  return frame;
}

export function cancelFrame(sessionId: string, options: CancelOptions): ControlFrame {
  return { type: "cancel", id: options.id ?? `control-${randomUUID()}`, sessionId, ...(options.turnId === undefined ? {} : { turnId: options.turnId }) };
}

/**
 * Sends the frame on a new stream and resolves with the server's acknowledgement (a heartbeat
 * answering it). Rejects with a CodexApiError carrying the server's code when it refuses:
 * `command_not_found`, `command_already_resolved`, `decision_not_offered`, `no_session` (the
 * server holds no such session), or a transport failure.
 */
export function sendControl(config: LegConfig, frame: ControlFrame, signal: AbortSignal | undefined): Promise<ServerHeartbeatFrame> {
  const aborted = () => new CodexApiError("aborted", `the ${frame.type} for session ${frame.sessionId} was aborted before its answer`, { cause: signal?.reason });
  return withStream(config, frame, signal, aborted, async (body, reader) => {
    for (;;) {
      const next = await reader.next();
      if (next.done) throw new CodexApiError("stream_closed", `the server ended the control stream without answering the ${frame.type}`);
      const answer = next.value;
      if (answer.type === "error" || answer.type === "terminate") throw CodexApiError.fromFrame(answer);
      // A periodic heartbeat could come first; the answer is the one that names this frame.
      if (answer.type === "heartbeat" && answer.inReplyTo === frame.id) {
        body.end();
        return answer;
      }
    }
  });
}
