// What a turn does with the items it streams: keeps its own copy of each open item, extends it
// with deltas in place, and closes what the engine left open when the turn ended. Pure.
import type { Item, JsonValue } from "../../generated/types.js";

/** The turn's own copy of an item it started, which its deltas then extend in place. */
export function openCopy(item: Item): Item {
  return item.type === "reasoning" ? { ...item, summary: [...item.summary], content: [...item.content] } : { ...item };
}

/** In place: copying the item for every delta was the core's hottest line in a profile of a streaming turn. */
export function appendDelta(item: Item, field: string, index: number | undefined, delta: string): void {
  switch (item.type) {
    case "agent_message":
    case "plan":
      if (field === "text") item.text += delta;
      return;
    case "command_execution":
      if (field === "output") item.output += delta;
      return;
    case "reasoning": {
      if (field !== "summary" && field !== "content") return;
      const parts = item[field];
      const i = index ?? 0;
      while (parts.length <= i) parts.push("");
      parts[i] += delta;
      return;
    }
  }
}

/** The final state of an item the engine left open when its turn ended. */
export function closeItem(item: Item): Item {
  switch (item.type) {
    case "command_execution":
    case "file_change":
    case "tool_call":
      return item.status === "in_progress" ? { ...item, status: "failed" } : item;
    default:
      return item;
  }
}

/** With an outputSchema, the final message parsed as JSON (when it is JSON). */
export function structured(outputSchema: Record<string, unknown> | undefined, finalMessage: string | null): { structuredOutput?: JsonValue } {
  if (outputSchema === undefined || finalMessage === null) return {};
  try {
    return { structuredOutput: JSON.parse(finalMessage) as JsonValue };
  } catch {
    return {};
  }
}
