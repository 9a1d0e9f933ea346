// The client library: one turn, each approval prompt answered by a policy, then the result.
//   node examples/client-library.mjs [URL] ["prompt"]      (token from CODEX_API_TOKEN, if set)
// Run it where codex-api-server is installed (npm install codex-api-server). Exit 0 when the turn
// completed.
import { connect } from "codex-api-server/client";

const url = process.argv[2] ?? "http://127.0.0.1:8080";
const prompt = process.argv[3] ?? "What is in this repository?";

const connection = await connect(url, { token: process.env.CODEX_API_TOKEN });
try {
  const session = await connection.openSession({ sessionId: `example-${process.pid}` });
  const result = await session.run(prompt, {
    // Called for every command_prompt: file changes are allowed, commands refused. A prompt the
    // handler never answers is denied by the server when it times out.
    onPrompt: (commandPrompt) => (commandPrompt.kind === "file_change" ? "allow" : "deny"),
  });
  console.log(`${result.status}: ${result.finalMessage}`);
  for (const item of result.items) if (item.type === "command_execution") console.log(`  $ ${item.commandLine} (${item.status})`);
  // Ends this session's stream; run() returned, so no turn is running and it closes at once.
  await session.close();
  process.exitCode = result.status === "completed" ? 0 : 1;
} finally {
  await connection.close();
}
