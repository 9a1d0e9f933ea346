// Turns one scripted response into the steps the server performs: SSE frames to write, pauses,
// and endings. Pure: the server owns sockets and timers. Wire shapes are what the pinned engine
// reads (docs/engine-notes.md §7; docs/scripted-model.md).
import { responseEvents, type ScriptResponse, type ScriptUsage } from "./script.js";

export type Step =
  /** One socket write (one or more whole SSE frames). */
  | { kind: "write"; data: string }
  | { kind: "delay"; ms: number }
  /** Destroy the socket: the engine sees a transport error mid-stream. */
  | { kind: "disconnect" }
  /** Answer with a plain JSON error instead of a stream. */
  | { kind: "http_error"; status: number; body: unknown };

export interface PlanContext {
  /** Next number of the server-wide counter behind every id, so ids never repeat across requests. */
  nextId: () => number;
  /** Size of the request body, for the default usage estimate. */
  requestBytes: number;
}

/** The response headers that carry a response's scripted rate limits (docs/engine-notes.md §8). */
export function rateLimitHeaders(response: ScriptResponse): Record<string, string> {
  const limits = Array.isArray(response) ? undefined : response.rateLimits;
  const headers: Record<string, string> = {};
  for (const key of ["primary", "secondary"] as const) {
    const window = limits?.[key];
    if (window === undefined) continue;
    headers[`x-codex-${key}-used-percent`] = String(window.usedPercent);
    if (window.windowMinutes !== undefined) headers[`x-codex-${key}-window-minutes`] = String(window.windowMinutes);
    if (window.resetsAt !== undefined) headers[`x-codex-${key}-reset-at`] = String(window.resetsAt);
  }
  return headers;
}

function sseFrame(type: string, payload: Record<string, unknown>): string {
  return `event: ${type}\ndata: ${JSON.stringify({ type, ...payload })}\n\n`;
}

export function planResponse(response: ScriptResponse, context: PlanContext): Step[] {
  const events = responseEvents(response);
  const steps: Step[] = [];
  const write = (type: string, payload: Record<string, unknown>): void => {
    steps.push({ kind: "write", data: sseFrame(type, payload) });
  };

  const httpError = events.find((event) => event.type === "http_error");
  if (httpError !== undefined) {
    for (const event of events) {
      if (event.type === "delay") steps.push({ kind: "delay", ms: event.ms });
    }
    const body = httpError.body ?? { error: { message: `scripted HTTP ${httpError.status}`, type: "scripted_error", code: null } };
    steps.push({ kind: "http_error", status: httpError.status, body });
    return steps;
  }

  const responseId = `resp_${context.nextId()}`;
  write("response.created", { response: { id: responseId, status: "in_progress" } });
  let outputChars = 0;
  let reasoningChars = 0;

  const stream = (deltas: string[], delayMs: number | undefined, burst: boolean, frame: (delta: string) => string): void => {
    if (burst) {
      if (deltas.length > 0) steps.push({ kind: "write", data: deltas.map(frame).join("") });
      return;
    }
    deltas.forEach((delta, index) => {
      if (index > 0 && delayMs !== undefined && delayMs > 0) steps.push({ kind: "delay", ms: delayMs });
      steps.push({ kind: "write", data: frame(delta) });
    });
  };

  for (const event of events) {
    switch (event.type) {
      case "text": {
        const id = `msg_${context.nextId()}`;
        const deltas = event.deltas ?? chunk(event.text ?? "", event.chunkChars);
        const text = event.text ?? deltas.join("");
        outputChars += text.length;
        // Without output_item.added the engine drops the deltas and shows the text only at done.
        write("response.output_item.added", { item: { type: "message", role: "assistant", id, content: [] } });
        stream(deltas, event.delayMs, event.burst === true, (delta) =>
          sseFrame("response.output_text.delta", { item_id: id, content_index: 0, delta }),
        );
        write("response.output_item.done", {
          item: { type: "message", role: "assistant", id, content: [{ type: "output_text", text }] },
        });
        break;
      }
      case "reasoning": {
        const id = `rs_${context.nextId()}`;
        reasoningChars += event.summary.length + (event.content?.length ?? 0);
        write("response.output_item.added", { item: { type: "reasoning", id, summary: [] } });
        write("response.reasoning_summary_part.added", { item_id: id, summary_index: 0 });
        stream(chunk(event.summary, event.chunkChars), event.delayMs, false, (delta) =>
          sseFrame("response.reasoning_summary_text.delta", { item_id: id, summary_index: 0, delta }),
        );
        if (event.content !== undefined) {
          stream(chunk(event.content, event.chunkChars), event.delayMs, false, (delta) =>
            sseFrame("response.reasoning_text.delta", { item_id: id, content_index: 0, delta }),
          );
        }
        write("response.output_item.done", {
          item: {
            type: "reasoning",
            id,
            summary: [{ type: "summary_text", text: event.summary }],
            ...(event.content === undefined ? {} : { content: [{ type: "reasoning_text", text: event.content }] }),
            // The engine re-sends this verbatim on later requests; a real model would decrypt it.
            encrypted_content: `scripted:${id}`,
          },
        });
        break;
      }
      case "exec": {
        const n = context.nextId();
        const args = JSON.stringify({
          cmd: event.command,
          sandbox_permissions: event.escalate === true ? "require_escalated" : undefined,
          justification: event.justification,
          workdir: event.workdir,
          yield_time_ms: event.yieldTimeMs,
        });
        outputChars += args.length;
        write("response.output_item.done", {
          item: { type: "function_call", id: `fc_${n}`, call_id: `call_${n}`, name: "exec_command", arguments: args },
        });
        break;
      }
      case "patch": {
        const n = context.nextId();
        outputChars += event.patch.length;
        write("response.output_item.done", {
          item: {
            type: "custom_tool_call",
            id: `ctc_${n}`,
            call_id: `call_${n}`,
            name: "apply_patch",
            input: event.patch,
            status: "completed",
          },
        });
        break;
      }
      case "call": {
        const n = context.nextId();
        const args = JSON.stringify(event.arguments);
        outputChars += args.length;
        write("response.output_item.done", {
          item: {
            type: "function_call",
            id: `fc_${n}`,
            call_id: `call_${n}`,
            name: event.name,
            ...(event.namespace === undefined ? {} : { namespace: event.namespace }),
            arguments: args,
          },
        });
        break;
      }
      case "delay":
        steps.push({ kind: "delay", ms: event.ms });
        break;
      case "fail":
        write("response.failed", {
          response: { id: responseId, status: "failed", error: { code: event.code ?? null, message: event.message } },
        });
        return steps;
      case "disconnect":
        steps.push({ kind: "disconnect" });
        return steps;
    }
  }

  const scripted = Array.isArray(response) ? undefined : response.usage;
  const usage = scripted === undefined ? estimateUsage(context.requestBytes, outputChars, reasoningChars) : withTotal(scripted);
  write("response.completed", { response: { id: responseId, status: "completed", usage } });
  return steps;
}

/** Splits on code points so a chunk never ends inside a surrogate pair. */
function chunk(text: string, chunkChars: number | undefined): string[] {
  if (text === "") return [];
  if (chunkChars === undefined) return [text];
  const points = Array.from(text);
  const chunks: string[] = [];
  for (let i = 0; i < points.length; i += chunkChars) chunks.push(points.slice(i, i + chunkChars).join(""));
  return chunks;
}

function withTotal(usage: ScriptUsage): ScriptUsage {
  return { ...usage, total_tokens: usage.total_tokens ?? usage.input_tokens + usage.output_tokens };
}

// ~4 characters per token, so token counts grow with the conversation like a real model's.
function estimateUsage(requestBytes: number, outputChars: number, reasoningChars: number): Required<ScriptUsage> {
  const input = Math.ceil(requestBytes / 4);
  const reasoning = Math.ceil(reasoningChars / 4);
  const output = Math.ceil(outputChars / 4) + reasoning;
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: reasoning },
    total_tokens: input + output,
  };
}
