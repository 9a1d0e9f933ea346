// Which server frames are a session's history (numbered 1, 2, 3… and replayed), as the spec's
// "Sequence numbers and resume" defines them: every frame but the control frames, which are a
// closed set — session, heartbeat, terminate, and an error sent before the stream is bound (it
// has no sessionId). Defined by that complement, so the tests' oracles need no edit when a minor
// version adds a history frame (question_prompt, usage, session_forked, rolled_back in 1.1).
import type { ErrorFrame, ServerFrame } from "../../generated/types.js";
import type { HistoryFrame } from "../../src/core/outbox.js";

const CONTROL_TYPES: ReadonlySet<string> = new Set(["session", "heartbeat", "terminate"]);

export function isHistory(frame: ServerFrame): frame is HistoryFrame {
  if (CONTROL_TYPES.has(frame.type)) return false;
  return frame.type !== "error" || (frame as ErrorFrame).sessionId !== undefined;
}
