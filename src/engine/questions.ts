// The engine's questions (`item/tool/requestUserInput`) and MCP elicitations
// (`mcpServer/elicitation/request`) → the port's QuestionRequest view, and the protocol's answer
// → the engine's response. Pure. The questions come from the model and the schemas from MCP
// servers: both are bounded here before they reach a client (docs/engine-notes.md §2).
import type { Question } from "../../generated/types.js";
import type { JsonValue } from "../../generated/engine/serde_json/JsonValue.js";
import type {
  McpServerElicitationRequestParams,
  McpServerElicitationRequestResponse,
  ToolRequestUserInputParams,
  ToolRequestUserInputResponse,
} from "../../generated/engine/v2/index.js";
import type { QuestionAnswer, QuestionRequest } from "../core/engine-port.js";

/** Bounds the spec states for a question_prompt (QuestionPromptFrame). */
export const MAX_QUESTIONS = 16;
export const MAX_OPTIONS = 32;
/** Characters kept of each text the model writes into a question (longer ones are cut with "…"). */
export const MAX_QUESTION_CHARS = 4096;
/** A requested schema, as compact JSON, and its nesting (objects and arrays). */
export const MAX_SCHEMA_BYTES = 65536;
export const MAX_SCHEMA_DEPTH = 8;

type View = Omit<QuestionRequest, "id" | "respond">;

/** The questions, bounded; or why they are refused (then answered with no answers). */
export function questionsView(params: ToolRequestUserInputParams): Question[] | string {
  if (params.questions.length === 0) return "no questions";
  if (params.questions.length > MAX_QUESTIONS) return `${params.questions.length} questions (at most ${MAX_QUESTIONS})`;
  const ids = new Set(params.questions.map((q) => q.id));
  if (ids.size !== params.questions.length) return "two questions with the same id";
  for (const q of params.questions) {
    if ((q.options?.length ?? 0) > MAX_OPTIONS) return `question ${cut(q.id)} has ${q.options!.length} options (at most ${MAX_OPTIONS})`;
    if (q.id.length > MAX_QUESTION_CHARS) return "a question id is too long";
  }
  return params.questions.map((q) => ({
    id: q.id,
    header: cut(q.header),
    question: cut(q.question),
    // A label is what the client sends back: cutting it would make it unanswerable.
    options: (q.options ?? []).map((o) => ({ label: o.label.length > MAX_QUESTION_CHARS ? cut(o.label) : o.label, description: cut(o.description) })),
    // Without options only free text can answer it.
    allowOther: q.isOther || (q.options ?? []).length === 0,
    secret: q.isSecret,
  }));
}

export function userInputResponse(answer: QuestionAnswer): ToolRequestUserInputResponse {
  // The engine's answer has no refusal: no answers is how "no answer" reads to the model (docs/engine-notes.md §2).
  if (answer.action !== "accept" || answer.answers === undefined) return { answers: {} };
  return { answers: Object.fromEntries(Object.entries(answer.answers).map(([id, answers]) => [id, { answers }])) };
}

/** The elicitation as a prompt (`form` or `url`), or why it is refused (then declined). */
export function elicitationView(params: McpServerElicitationRequestParams): (View & { kind: "form" | "url" }) | string {
  const base = { serverName: params.serverName, message: cut(params.message) };
  if (params.mode === "url") return { ...base, kind: "url", url: params.url.length > MAX_QUESTION_CHARS ? "" : params.url };
  const schema = params.requestedSchema as JsonValue;
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return "the requested schema is not an object";
  const bytes = Buffer.byteLength(JSON.stringify(schema));
  if (bytes > MAX_SCHEMA_BYTES) return `the requested schema is ${bytes} bytes as JSON (at most ${MAX_SCHEMA_BYTES})`;
  if (depth(schema) > MAX_SCHEMA_DEPTH) return `the requested schema is nested more than ${MAX_SCHEMA_DEPTH} levels deep`;
  return { ...base, kind: "form", schema: schema as Record<string, unknown> };
}

export function elicitationResponse(answer: QuestionAnswer, kind: "form" | "url"): McpServerElicitationRequestResponse {
  if (answer.action !== "accept") return { action: answer.action, content: null, _meta: null };
  return { action: "accept", content: kind === "form" ? ((answer.content ?? {}) as JsonValue) : null, _meta: null };
}

function cut(text: string): string {
  return text.length > MAX_QUESTION_CHARS ? `${text.slice(0, MAX_QUESTION_CHARS)}…` : text;
}

function depth(value: JsonValue): number {
  if (typeof value !== "object" || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce<number>((deepest, child) => Math.max(deepest, depth(child as JsonValue)), 0);
}
