// codex-api-server/client: what a TypeScript backend uses to talk to codex-api instead of hand-rolling
// HTTP/2. connect() → Connection → openSession() → SessionStream (frames in, frames out, run()).
export { CodexApiError, type ClientErrorCode, type CodexApiErrorCode, type CodexApiErrorOptions } from "./codex-api-error.js";
export { connect, Connection, type ConnectOptions } from "./connection.js";
export { SessionStream } from "./session-stream.js";
export type { ForkOptions, OpenSessionOptions, PromptHandler, QuestionHandler, QuestionReply, RollbackOptions, RunOptions, SendMessageOptions, SteerOptions, TurnRunOptions } from "./session-options.js";
export type { ApproveOptions, CancelOptions, ControlOptions } from "./control-stream.js";
export { foldTurn, type TurnResult, type TurnStatus } from "./turn-fold.js";
export type { FrameGap } from "./history-cursor.js";
export type { ReconnectOptions } from "./reconnect-policy.js";
export { PROTOCOL_VERSION } from "../../generated/protocol.js";
export type * from "../../generated/types.js";
