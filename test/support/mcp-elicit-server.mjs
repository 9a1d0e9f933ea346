// A tiny MCP server over stdio for end-to-end tests: its one tool, `ask`, sends the client (the
// Codex engine) an `elicitation/create` request and returns the answer as the tool's result.
// Plain JavaScript so the engine can run it with `node` and nothing else.
import { createInterface } from "node:readline";

const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
const waiting = new Map();
let nextId = 1;

const SCHEMA = {
  type: "object",
  properties: {
    colour: { type: "string", title: "Colour", enum: ["red", "blue"] },
    count: { type: "integer", title: "How many", minimum: 1, maximum: 9 },
  },
  required: ["colour"],
};

createInterface({ input: process.stdin }).on("line", (line) => {
  const message = JSON.parse(line);
  if (message.method === undefined) {
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
    return;
  }
  switch (message.method) {
    case "initialize":
      send({ id: message.id, result: { protocolVersion: message.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: "elicit", version: "0" } } });
      return;
    case "tools/list":
      send({ id: message.id, result: { tools: [{ name: "ask", description: "Asks the user for a colour", inputSchema: { type: "object", properties: {} } }] } });
      return;
    case "tools/call": {
      const id = nextId++;
      waiting.set(id, (answer) => send({ id: message.id, result: { content: [{ type: "text", text: `elicitation result: ${JSON.stringify(answer.result ?? answer.error)}` }] } }));
      send({ id, method: "elicitation/create", params: { mode: "form", message: "Which colour?", requestedSchema: SCHEMA } });
      return;
    }
    default:
      if (message.id !== undefined) send({ id: message.id, result: {} });
  }
});
