// The client library: one turn, each approval prompt answered by a policy, then the result.
//   node examples/client-library.mjs [URL] ["prompt"]
// A token comes from CODEX_API_TOKEN, a CA certificate for https:// from CODEX_API_CA.
// Run it where codex-api-server is installed (npm install codex-api-server). Exit 0 when the turn
// completed.
import { readFileSync } from "node:fs";
import { CodexApiError, connect } from "codex-api-server/client";

const url = process.argv[2] ?? "http://127.0.0.1:8080";
const prompt = process.argv[3] ?? "What is in this repository?";

const ca = process.env.CODEX_API_CA ? readFileSync(process.env.CODEX_API_CA) : undefined;
/** Every failure is a CodexApiError: a code (unavailable, unauthorized, …) and what went wrong. @param {unknown} error */
const report = (error) => console.error(error instanceof CodexApiError ? `${error.code}: ${error.message}` : error);

const connection = await connect(url, { token: process.env.CODEX_API_TOKEN, ca }).catch((error) => {
  report(error);
  process.exit(2);
});
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
} catch (error) {
  report(error);
  process.exitCode = 2;
} finally {
  await connection.close();
}
