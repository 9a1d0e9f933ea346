// One turn through the installed client library: `node client-turn.mjs <url>`, run from the folder
// where codex-api-server is installed. Exit 0 when the turn completed as model-script.json plays it.
import { connect } from "codex-api-server/client";
import * as scriptedModel from "codex-api-server/scripted-model";

const [url] = process.argv.slice(2);
const fail = (message) => {
  console.error(`client-turn: ${message}`);
  process.exit(1);
};
if (typeof scriptedModel.startScriptedModel !== "function") fail("codex-api-server/scripted-model has no startScriptedModel");

const connection = await connect(url);
try {
  const session = await connection.openSession({ sessionId: "packed-install-client" });
  const prompts = [];
  const result = await session.run("packed install: client library turn", {
    onPrompt: (prompt) => {
      prompts.push(prompt.kind);
      return "allow";
    },
  });
  if (result.status !== "completed") fail(`turn ended ${result.status}: ${JSON.stringify(result.error)}`);
  if (result.finalMessage !== "packed install: turn done") fail(`unexpected final message ${JSON.stringify(result.finalMessage)}`);
  if (prompts.join() !== "command") fail(`expected one command prompt, got ${JSON.stringify(prompts)}`);
  const command = result.items.find((item) => item.type === "command_execution");
  if (command?.exitCode !== 0 || !command.output.includes("packed-install-ok")) fail(`the command did not run: ${JSON.stringify(command)}`);
  console.log(`client-turn: ${result.status}, ${result.items.length} items, command output ${JSON.stringify(command.output.trim())}`);
} finally {
  await connection.close();
}
