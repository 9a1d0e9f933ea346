// A minimal Responses API client for tests: request bodies shaped like the engine's, and an
// incremental SSE reader over fetch.

export interface SseEvent {
  event: string;
  data: any;
}

type InputItem = Record<string, unknown>;

export const user = (text: string): InputItem => ({ type: "message", role: "user", content: [{ type: "input_text", text }] });
export const developer = (text: string): InputItem => ({ type: "message", role: "developer", content: [{ type: "input_text", text }] });
export const call = (callId: string): InputItem => ({ type: "function_call", call_id: callId, name: "exec_command", arguments: "{}" });
export const output = (callId: string): InputItem => ({ type: "function_call_output", call_id: callId, output: "ok" });
export const patchCall = (callId: string): InputItem => ({ type: "custom_tool_call", call_id: callId, name: "apply_patch", input: "" });
export const patchOutput = (callId: string): InputItem => ({ type: "custom_tool_call_output", call_id: callId, output: "ok" });

export const body = (...input: InputItem[]): Record<string, unknown> => ({ model: "scripted", stream: true, input });

export function post(baseUrl: string, payload: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(`${baseUrl}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: typeof payload === "string" ? payload : JSON.stringify(payload),
    signal,
  });
}

/** Yields events as their bytes arrive; `chunk` counts the network reads, to see what came together. */
export async function* readEvents(response: Response): AsyncGenerator<SseEvent & { chunk: number }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  let chunk = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunk++;
    buffered += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffered.indexOf("\n\n")) !== -1) {
      yield { ...parseEvent(buffered.slice(0, end)), chunk };
      buffered = buffered.slice(end + 2);
    }
  }
  if (buffered !== "") throw new Error(`stream ended inside an event: ${JSON.stringify(buffered)}`);
}

export async function readAll(response: Response): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const { event, data } of readEvents(response)) events.push({ event, data });
  return events;
}

function parseEvent(block: string): SseEvent {
  let event = "";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event: ")) event = line.slice(7);
    else if (line.startsWith("data: ")) data.push(line.slice(6));
    else throw new Error(`unexpected SSE line: ${JSON.stringify(line)}`);
  }
  return { event, data: JSON.parse(data.join("\n")) };
}
