#!/usr/bin/env node
// `codex-api [options]`: runs the server until SIGTERM/SIGINT. Settings come from flags and the
// environment (see --help); problems are printed with what to fix, exit code 2.
import { optionsHelp } from "../config/options.js";
import { isLoopback, loadConfig } from "../config/settings.js";
import { createLogger, startCodexApi } from "../main.js";
import { VERSION } from "../version.js";

const USAGE = `codex-api — HTTP/2 streaming API for the Codex coding agent

Usage: codex-api [options]
       codex-api --help | -h      this text
       codex-api --version | -V   the version of codex-api-server

Serves POST /agent/stream (and GET /healthz, /readyz, /metrics) for the repository in --workspace;
--health-port also serves the last three over plain HTTP/1.1, for probes and load balancers.
Runs against the model of your Codex configuration (CODEX_HOME, \`codex login\`), or OPENAI_API_KEY.
With --scripted-model FILE it plays a script instead, offline (see docs/scripted-model.md).

Every option is also an environment variable (shown after it); the flag wins. A switch such as
--tls takes no value; --no-tls turns it off.

${optionsHelp()}`;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (argv.includes("--version") || argv.includes("-V")) {
    console.log(VERSION);
    return 0;
  }
  const loaded = loadConfig(argv, process.env);
  if (!loaded.ok) {
    console.error(`codex-api: cannot start:\n${loaded.errors.map((e) => `  - ${e}`).join("\n")}\n\nRun codex-api --help for every option.`);
    return 2;
  }
  const config = loaded.config;
  const log = createLogger(config);
  // What the operator is told at start and stop: plain lines, or JSON lines like every log entry
  // when --log-format json was asked for (a collector reading stderr then sees only JSON).
  const say = (level: "info" | "warn", message: string): void => {
    if (config.logFormat !== "json") return void console.error(message);
    const entry = { level: level === "warn" ? 40 : 30, time: Date.now(), service: "codex-api", msg: message.replace(/^codex-api: /, "") };
    process.stderr.write(`${JSON.stringify(entry)}\n`);
  };
  let api;
  try {
    api = await startCodexApi(config, process.env, log);
  } catch (error) {
    console.error(`codex-api: cannot start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  // Before anything says the server is up: a signal that arrives once "listening on" is out (a
  // supervisor's, or a test's) must find its handler, not node's default of dying at once.
  const stopped = new Promise<string>((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
  });
  if (config.token === undefined && !isLoopback(config.host)) {
    say("warn", `codex-api: WARNING: no authentication (--insecure-no-auth): anyone who reaches ${config.host}:${api.port} can run commands in ${config.workspace}`);
  }
  say("info", `codex-api listening on ${api.url} (workspace ${config.workspace}); POST /agent/stream`);
  if (api.healthUrl !== undefined) {
    say("info", `codex-api health port listening on ${api.healthUrl} (HTTP/1.1); GET /healthz, /readyz, /metrics`);
    if (config.tls !== undefined && config.token !== undefined && !isLoopback(config.host)) {
      say(
        "warn",
        "codex-api: note: the health port is plain HTTP even with --tls: a scraper that sends CODEX_API_TOKEN to its /metrics sends it in the clear; scrape /metrics over the TLS port, or only across a network you trust",
      );
    }
  }
  const access = api.modelAccess;
  if (access?.kind === "none") say("warn", `codex-api: WARNING: ${access.description}`);
  else if (access !== undefined) {
    const script = config.scriptedModel === undefined ? "" : `, playing ${config.scriptedModel}`;
    say("info", `codex-api: the engine reaches the model through ${access.description}${script}`);
  }
  const signal = await stopped;
  say("info", `codex-api: ${signal}: shutting down (grace ${config.shutdownGraceMs} ms)`);
  await api.close();
  return 0;
}

main().then((code) => process.exit(code));
