#!/usr/bin/env node
// `npm run demo`: the whole flow offline, with no API key. Starts codex-api with the scripted model
// on a free port in a throwaway workspace, runs the demo client with --yes through the demo
// script, prints the streamed exchange, shuts everything down. Exit 0 when the turn completed.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config/settings.js";
import { createLogger, startCodexApi } from "../main.js";
import { colorWanted, main as demoClient } from "./demo-client.js";

const PROMPT = "Have a look at this repository, then leave a short notes file about what you did.";

/** The package root, from src/cli (tsx) or dist/src/cli (built). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the codex-api package root");
    dir = parent;
  }
  return dir;
}

async function run(): Promise<number> {
  const script = join(packageRoot(), "examples/scripts/demo.json");
  const workspace = await realpath(await mkdtemp(join(tmpdir(), "codex-api-demo-")));
  await writeFile(join(workspace, "README.md"), "# A tiny project\n\nA throwaway workspace for the codex-api demo.\n");
  await writeFile(join(workspace, "hello.js"), 'console.log("hello");\n');
  const loaded = loadConfig(["--port", "0", "--workspace", workspace, "--scripted-model", script, "--approval-policy", "untrusted"], {});
  if (!loaded.ok) throw new Error(loaded.errors.join("; "));
  // Dim like the client's own notes, by the same rule: a terminal, and no NO_COLOR.
  const dim = colorWanted(process.stdout.isTTY === true, process.env);
  const say = (line: string) => process.stdout.write(dim ? `\x1b[2m${line}\x1b[0m\n` : `${line}\n`);
  say("codex-api demo — offline: the model is the scripted model playing examples/scripts/demo.json,");
  say("everything else is real: HTTP/2, the codex engine, its sandbox, approvals, files on disk.");
  const api = await startCodexApi(loaded.config, process.env, createLogger({ logLevel: "error" }));
  let code = 1;
  try {
    say(`server: ${api.url}   workspace: ${workspace}   approval policy: untrusted (every command and edit asks)`);
    say(`client: demo-client --yes --non-interactive "${PROMPT}"\n`);
    code = await demoClient(["--url", api.url, "--yes", "--non-interactive", PROMPT], process.env, { continueHint: false });
    say(`\nworkspace after the turn: ${(await readdir(workspace)).sort().join(", ")}`);
    const notes = join(workspace, "codex-demo-notes.md");
    if (existsSync(notes)) say(`codex-demo-notes.md:\n${(await readFile(notes, "utf8")).trimEnd()}`);
  } finally {
    await api.close();
    await rm(workspace, { recursive: true, force: true });
  }
  say(code === 0 ? "\ndemo finished: the turn completed. Next: `npm start` for a real server (see README)." : `\ndemo failed (exit ${code}).`);
  return code;
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
