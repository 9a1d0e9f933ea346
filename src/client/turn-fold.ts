// A whole turn as one value, folded from the stream of server frames (docs/design.md: streaming first; modelled on
// openai/codex sdk/typescript thread.ts, where the buffered run() folds the streaming generator).
import type {
  ClientFrameId,
  CommandPromptFrame,
  Item,
  JsonValue,
  QuestionPromptFrame,
  ServerFrame,
  StatusFrame,
  TokenUsage,
  UsageFrame,
} from "../../generated/types.js";
import { CodexApiError } from "./codex-api-error.js";

export type TurnStatus = Exclude<StatusFrame["state"], "started">;

export interface TurnResult {
  turnId: string;
  status: TurnStatus;
  /** The turn's last agent message (the server's `finalMessage` when it sends one). */
  finalMessage: string | null;
  /** Every item the turn completed, in order. */
  items: Item[];
  usage: TokenUsage | null;
  durationMs: number | null;
  /** For a turn run with an `outputSchema`: the final message parsed as JSON. */
  structuredOutput?: JsonValue;
  /** Why an `interrupted` or `failed` turn ended. */
  error?: Pick<StatusFrame, "reason" | "message" | "retryable">;
}

/**
 * - waiting: the user_message (`messageId`) was sent and its turn has not started; frames of
 *   other turns (a replay, a turn that was already running) are skipped;
 * - running: frames of `turnId` are folded in;
 * - done: the terminal status arrived.
 */
type TurnFold =
  | { state: "waiting"; messageId: ClientFrameId }
  | { state: "running"; turnId: string; items: Item[]; lastMessage: string | null }
  | { state: "done"; result: TurnResult };

function beginTurn(messageId: ClientFrameId): TurnFold {
  return { state: "waiting", messageId };
}

/**
 * Folds one frame into the turn. Throws a CodexApiError when the server refuses the message
 * (an `error` answering it) or ends the stream (`terminate`) before the turn ends.
 */
function foldFrame(fold: TurnFold, frame: ServerFrame): TurnFold {
  if (fold.state === "done") return fold;
  if (frame.type === "terminate") throw CodexApiError.fromFrame(frame);
  if (fold.state === "waiting") {
    if (frame.type === "error" && frame.inReplyTo === fold.messageId) throw CodexApiError.fromFrame(frame);
    if (frame.type === "status" && frame.state === "started" && frame.inReplyTo === fold.messageId) {
      return { state: "running", turnId: frame.turnId, items: [], lastMessage: null };
    }
    return fold;
  }
  if (!("turnId" in frame) || frame.turnId !== fold.turnId) return fold;
  if (frame.type === "item" && frame.event === "completed") {
    const lastMessage = frame.item.type === "agent_message" ? frame.item.text : fold.lastMessage;
    return { ...fold, items: [...fold.items, frame.item], lastMessage };
  }
  if (frame.type === "status" && frame.state !== "started") return { state: "done", result: resultOf(fold, frame, frame.state) };
  return fold;
}

function resultOf(fold: Extract<TurnFold, { state: "running" }>, status: StatusFrame, state: TurnStatus): TurnResult {
  const result: TurnResult = {
    turnId: fold.turnId,
    status: state,
    finalMessage: status.finalMessage ?? fold.lastMessage,
    items: fold.items,
    usage: status.usage ?? null,
    durationMs: status.durationMs ?? null,
  };
  if (status.structuredOutput !== undefined) result.structuredOutput = status.structuredOutput;
  if (state !== "completed") {
    const { reason, message, retryable } = status;
    result.error = { reason, message, retryable };
  }
  return result;
}

/**
 * Reads `frames` until the turn started by `messageId` ends, calling `answer` for each of its
 * command prompts and question prompts (the turn cannot go on until a prompt is answered, so it
 * is awaited in order), and `onUsage` for each of its `usage` frames (live token usage, context
 * window, rate limits).
 */
export async function foldTurn(
  frames: AsyncIterable<ServerFrame>,
  messageId: ClientFrameId,
  answer: (prompt: CommandPromptFrame | QuestionPromptFrame) => Promise<void>,
  onUsage?: (usage: UsageFrame) => void,
): Promise<TurnResult> {
  let fold = beginTurn(messageId);
  for await (const frame of frames) {
    fold = foldFrame(fold, frame);
    if (fold.state === "done") return fold.result;
    const prompt = frame.type === "command_prompt" || frame.type === "question_prompt";
    if (fold.state === "running" && prompt && frame.turnId === fold.turnId) await answer(frame);
    if (fold.state === "running" && frame.type === "usage" && frame.turnId === fold.turnId) onUsage?.(frame);
  }
  throw new CodexApiError("stream_closed", "the stream ended before the turn did; reconnect with lastSeq to follow it");
}
