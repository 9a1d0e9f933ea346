// Run as its own process by server.test.ts: after close() nothing may keep Node alive, so this
// process must exit by itself while a stream is open and a delay timer is pending.
import { startScriptedModel } from "../../src/scripted-model/index.js";

const model = await startScriptedModel({
  turns: [{ responses: [[{ type: "text", text: "start" }, { type: "delay", ms: 60_000 }, { type: "text", text: "never" }]] }],
});
const response = await fetch(`${model.url}/responses`, {
  method: "POST",
  body: JSON.stringify({ input: [{ type: "message", role: "user", content: [{ type: "input_text", text: "hi" }] }] }),
});
const reader = response.body!.getReader();
await reader.read();
const waiting = model.waitForRequests(2, 60_000).catch(() => "rejected");
await model.close();
await reader.read().catch(() => undefined);
process.stdout.write(`closed; waiter ${await waiting}\n`);
