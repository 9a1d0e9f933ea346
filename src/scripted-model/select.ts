// Which scripted response answers a request. The engine re-sends the whole history on every
// request (no previous_response_id; docs/engine-notes.md §7), so the answer is a pure function of the body.
import { type Script } from "./script.js";

export interface Selection {
  /** Text of the last real user message, or null when the request has none. */
  userText: string | null;
  /** Index into `script.turns`, or null when no turn applies. */
  turn: number | null;
  /** Model requests already answered in this turn: the index into the turn's responses. */
  response: number;
}

// User-role messages the engine writes itself: AGENTS.md, and context blocks wrapped in one tag
// (<environment_context>, <turn_aborted>, <user_shell_command>, <subagent_notification>, … —
// the pinned binary has dozens). They are history, not user intent: they neither start a turn
// nor get matched. A user who types a whole message as one such block is misread too.
const WRAPPED_BLOCK = /^<([a-z][a-z_]*)[\s>][\s\S]*<\/\1[^<>]*>$/;

function isInjectedText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith("# AGENTS.md instructions") || WRAPPED_BLOCK.test(trimmed);
}

type Item = Record<string, unknown>;

function isItem(value: unknown): value is Item {
  return typeof value === "object" && value !== null;
}

/** The text of a real user message, or null for any other item. */
function userMessageText(item: Item): string | null {
  if (item.role !== "user" || (item.type !== undefined && item.type !== "message")) return null;
  const content = item.content;
  const parts =
    typeof content === "string"
      ? [content]
      : Array.isArray(content)
        ? content.flatMap((part) => (isItem(part) && part.type === "input_text" && typeof part.text === "string" ? [part.text] : []))
        : [];
  // The engine puts each injected block first in its own message.
  if (parts[0] !== undefined && isInjectedText(parts[0])) return null;
  return parts.join("\n");
}

const TOOL_OUTPUTS = new Set(["function_call_output", "custom_tool_call_output"]);

export function selectResponse(script: Script, body: unknown): Selection {
  const input = isItem(body) && Array.isArray(body.input) ? body.input.filter(isItem) : [];
  const users: { index: number; text: string }[] = [];
  input.forEach((item, index) => {
    const text = userMessageText(item);
    if (text !== null) users.push({ index, text });
  });
  const last = users.at(-1);
  if (last === undefined) return { userText: null, turn: null, response: 0 };

  // One follow-up request per model response that called tools: the outputs of parallel calls
  // arrive together, so count runs of tool outputs, not outputs.
  let response = 0;
  let inRun = false;
  for (const item of input.slice(last.index + 1)) {
    const isOutput = TOOL_OUTPUTS.has(String(item.type));
    if (isOutput && !inRun) response++;
    inRun = isOutput;
  }

  const matched = matchingTurn(script, last.text);
  if (matched !== null) return { userText: last.text, turn: matched, response };
  // Positional turns are consumed by the user messages that no `match` claimed, in order.
  const positional = script.turns.flatMap((turn, index) => (turn.match === undefined ? [index] : []));
  const position = users.filter((user) => matchingTurn(script, user.text) === null).length - 1;
  const turn = positional[Math.min(position, positional.length - 1)] ?? null;
  return { userText: last.text, turn, response };
}

function matchingTurn(script: Script, text: string): number | null {
  const index = script.turns.findIndex((turn) => turn.match !== undefined && new RegExp(turn.match).test(text));
  return index === -1 ? null : index;
}
