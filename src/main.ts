// The composition root: wires settings, the scripted model (if asked for), the engine, the core,
// the HTTP/2 server and the health port (if asked for), and takes them down in order. Nothing
// imports this but entry points and tests.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { AgentCore, type CoreOptions } from "./core/agent-core.js";
import type { EnginePort } from "./core/engine-port.js";
import type { Logger } from "./core/logger.js";
import type { ServerConfig } from "./config/settings.js";
import { CodexEngine } from "./engine/codex-engine.js";
import type { ModelAccess } from "./engine/launch.js";
import { DEFAULT_READ_PACING } from "./engine/read-pacer.js";
import { prettyStream } from "./log/pretty.js";
import { loadScript, startScriptedModel, type ScriptedModel } from "./scripted-model/index.js";
import { startHealthServer } from "./server/health-server.js";
import { startHttpServer, type RunningServer } from "./server/http-server.js";
import { Metrics } from "./server/metrics.js";

/** The model slug the scripted model answers to (the engine gets a catalog entry for it). */
export const SCRIPTED_MODEL_SLUG = "codex-api-scripted";

export interface CodexApi {
  readonly url: string;
  readonly port: number;
  /** The HTTP/1.1 health port (`--health-port`), e.g. `http://127.0.0.1:9090`; undefined when off. */
  readonly healthUrl: string | undefined;
  readonly healthPort: number | undefined;
  /** The engine: codex-api's CodexEngine (with the process id of `codex app-server`), or the one passed in. */
  readonly engine: EnginePort & { readonly enginePid?: number };
  readonly core: AgentCore;
  /** The scripted model, when the server plays a script. */
  readonly scriptedModel: ScriptedModel | undefined;
  /** The Codex home the engine uses. */
  readonly codexHome: string | undefined;
  /** How codex-api's own engine reaches the model (undefined for an engine passed in). */
  readonly modelAccess: ModelAccess | undefined;
  /**
   * Graceful shutdown: stop taking new turns, let running ones finish for `config.shutdownGraceMs`
   * then interrupt them, send `terminate` to every stream, stop the engine.
   */
  close(): Promise<void>;
}

/**
 * Starts codex-api. `engine`, when given, replaces `codex app-server` (tests and benchmarks pass
 * a fake or synthetic one; its lifetime is the caller's); else codex-api starts the real engine.
 */
export async function startCodexApi(
  config: ServerConfig,
  env: Readonly<Record<string, string | undefined>>,
  log: Logger = createLogger(config),
  injected?: EnginePort,
): Promise<CodexApi> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => log.error({ err: String(error) }, "shutdown step failed"));
  };
  try {
    let scriptedModel: ScriptedModel | undefined;
    let codexHome = config.codexHome;
    if (config.scriptedModel !== undefined) {
      scriptedModel = await startScriptedModel(await loadScript(config.scriptedModel), { modelSlug: SCRIPTED_MODEL_SLUG });
      cleanups.push(() => scriptedModel!.close());
      // A scripted run never touches the operator's Codex home.
      if (codexHome === undefined) {
        const privateHome = await mkdtemp(join(tmpdir(), "codex-api-home-"));
        cleanups.push(() => rm(privateHome, { recursive: true, force: true }));
        codexHome = privateHome;
      }
      log.info({ url: scriptedModel.url, script: config.scriptedModel }, "scripted model started");
    }
    let engine: EnginePort & { readonly enginePid?: number };
    if (injected !== undefined) engine = injected;
    else {
      const codex = new CodexEngine({
        env,
        engineEnv: config.engineEnv,
        commandEnvExclude: config.commandEnvExclude,
        requestTimeoutMs: config.engineRequestTimeoutMs,
        readPacing: { ...DEFAULT_READ_PACING, intervalMs: config.engineReadIntervalMs, deltaJoinMs: config.engineDeltaJoinMs },
        codexHome,
        log,
        ...(scriptedModel === undefined ? {} : { scriptedModel: { url: scriptedModel.url, slug: SCRIPTED_MODEL_SLUG } }),
      });
      cleanups.push(() => codex.close());
      await codex.start();
      engine = codex;
    }
    const metrics: Metrics = new Metrics(() => core.stats());
    const stopCounting = engine.onEvent((event) => {
      if (event.kind === "engine_exited") metrics.engineRestarts.inc();
    });
    cleanups.push(async () => stopCounting());
    const core: AgentCore = new AgentCore(coreOptions(config, { engine, metrics, log, model: scriptedModel === undefined ? config.defaultModel : SCRIPTED_MODEL_SLUG }));
    const server = await startHttpServer(core, () => engine.ready, config, metrics, log);
    let health: RunningServer | undefined;
    if (config.healthPort !== undefined) {
      try {
        health = await startHealthServer({ host: config.host, port: config.healthPort, mainPort: server.port, instanceName: config.instanceName, token: config.token, isReady: () => engine.ready, metrics, log });
      } catch (error) {
        await server.close();
        throw error;
      }
    }
    let closing: Promise<void> | undefined;
    return {
      url: server.url,
      port: server.port,
      healthUrl: health?.url,
      healthPort: health?.port,
      engine,
      core,
      scriptedModel,
      codexHome,
      get modelAccess() {
        return engine instanceof CodexEngine ? engine.modelAccess : undefined;
      },
      close() {
        closing ??= (async () => {
          // Both listeners say not ready from here on (/readyz 503); /healthz answers until the end.
          server.stopAccepting();
          health?.stopAccepting();
          await core.shutdown(config.shutdownGraceMs);
          await server.close();
          await health?.close();
          await cleanup();
        })();
        return closing;
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The core's options from the server settings: the one mapping, for main and the benchmarks. */
export function coreOptions(config: ServerConfig, parts: { engine: EnginePort; metrics: Metrics; log: Logger; model?: string }): CoreOptions {
  const { engine, metrics, log } = parts;
  return {
    engine,
    defaults: { cwd: config.workspace, model: parts.model, approvalPolicy: config.defaultApprovalPolicy, sandbox: config.defaultSandbox },
    policy: { allowedRoots: config.allowedRoots, allowedSandboxes: config.allowedSandboxes, allowedApprovalPolicies: config.allowedApprovalPolicies },
    approvalTimeoutMs: config.approvalTimeoutMs,
    sessionTtlMs: config.sessionTtlMs,
    unusedSessionTtlMs: config.unusedSessionTtlMs,
    turnIdleTimeoutMs: config.turnIdleTimeoutMs,
    modelRetryTimeoutMs: config.modelRetryTimeoutMs,
    interruptGraceMs: config.interruptGraceMs,
    maxReplayFrames: config.replayFrames,
    maxReplayBytes: config.replayBytes,
    replayBudgetBytes: config.replayBudgetBytes,
    maxSessions: config.maxSessions,
    maxRunningTurns: config.maxRunningTurns,
    maxPendingApprovals: config.maxPendingApprovals,
    observer: { errorSent: (code) => metrics.errorSent(code), turnEnded: (s, ms) => metrics.turnEnded(s, ms), firstItem: (ms) => metrics.firstItem(ms), replay: (r) => metrics.replay(r) },
    log,
    logContent: config.logContent,
  };
}

/**
 * Logs on stderr, quiet by default (`warn`): pino's JSON lines, or one readable line per entry
 * (src/log/pretty.ts). `terminal` is what stderr is and the environment NO_COLOR is read from.
 */
export function createLogger(
  config: Pick<ServerConfig, "logLevel"> & Partial<Pick<ServerConfig, "logFormat">>,
  terminal: { isTTY: boolean; env: Readonly<Record<string, string | undefined>> } = { isTTY: process.stderr.isTTY === true, env: process.env },
): Logger {
  const options = { level: config.logLevel, base: { service: "codex-api" } };
  const { format, colour } = logFormat(config.logFormat, terminal);
  if (format === "json") return pino(options, pino.destination(2));
  return pino(options, prettyStream(pino.destination(2), { colour }));
}

/**
 * The format when none is set: pretty for a person at a terminal, JSON for a log collector.
 * Colour only on a terminal, and never with NO_COLOR set to anything but "" (no-color.org).
 */
export function logFormat(
  chosen: "pretty" | "json" | undefined,
  terminal: { isTTY: boolean; env: Readonly<Record<string, string | undefined>> },
): { format: "pretty" | "json"; colour: boolean } {
  const format = chosen ?? (terminal.isTTY ? "pretty" : "json");
  const noColor = terminal.env.NO_COLOR !== undefined && terminal.env.NO_COLOR !== "";
  return { format, colour: format === "pretty" && terminal.isTTY && !noColor };
}
