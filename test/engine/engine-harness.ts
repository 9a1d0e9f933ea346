// A CodexEngine on the real binary with a temporary codex home and workspace, optionally driven
// by the scripted model; it records every event and closes everything it started.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EngineEvent } from "../../src/core/engine-port.js";
import type { Logger } from "../../src/core/logger.js";
import { resolveCodexBinary } from "../../src/engine/codex-binary.js";
import { CodexEngine, type CodexEngineOptions } from "../../src/engine/codex-engine.js";
import { writeModelCatalog } from "../../src/engine/engine-catalog.js";
import { startScriptedModel, type Script, type ScriptedModel } from "../../src/scripted-model/index.js";

export const SLUG = "scripted-model";

export interface Harness {
  engine: CodexEngine;
  model: ScriptedModel | undefined;
  home: string;
  workspace: string;
  events: EngineEvent[];
  logs: string[];
  /** The first event (already recorded or coming) that matches; fails after timeoutMs. */
  waitFor<K extends EngineEvent["kind"]>(kind: K, match?: (event: Extract<EngineEvent, { kind: K }>) => boolean, timeoutMs?: number): Promise<Extract<EngineEvent, { kind: K }>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  script?: Script;
  /** Extra engine options; a function gets the scripted model and codex home first. */
  engine?: Partial<CodexEngineOptions> | ((model: ScriptedModel | undefined, home: string) => Promise<Partial<CodexEngineOptions>>);
  /** false: start the scripted model but do not pass it as CodexEngine's scriptedModel option. */
  scriptedModelOption?: boolean;
  env?: Record<string, string>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const root = await mkdtemp(join(tmpdir(), "codex-engine-test-"));
  const home = join(root, "codex-home");
  const workspace = await mkdtemp(join(root, "workspace-"));
  let model: ScriptedModel | undefined;
  let extra: Partial<CodexEngineOptions> | undefined;
  try {
    model = options.script === undefined ? undefined : await startScriptedModel(options.script, { modelSlug: SLUG });
    extra = typeof options.engine === "function" ? await options.engine(model, home) : options.engine;
  } catch (error) {
    await model?.close();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const events: EngineEvent[] = [];
  const logs: string[] = [];
  const waiters = new Set<() => void>();
  const record = (level: string) => (fields: object, message: string) => logs.push(`${level} ${message} ${JSON.stringify(fields)}`);
  const log: Logger = { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") };
  const engine = new CodexEngine({
    // Never the operator's environment or ~/.codex: HOME and CODEX_HOME are temporary.
    env: { PATH: process.env.PATH, HOME: root, LANG: "C.UTF-8", ...options.env },
    codexHome: home,
    ...(model !== undefined && options.scriptedModelOption !== false && { scriptedModel: { url: model.url, slug: SLUG } }),
    log,
    ...extra,
  });
  engine.onEvent((event) => {
    events.push(event);
    for (const wake of [...waiters]) wake();
  });

  const harness: Harness = {
    engine,
    model,
    home,
    workspace,
    events,
    logs,
    waitFor(kind, match = () => true, timeoutMs = 20_000) {
      type Event = Extract<EngineEvent, { kind: typeof kind }>;
      const find = () => events.find((event): event is Event => event.kind === kind && match(event as Event));
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = find();
          if (found === undefined) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${kind} event within ${timeoutMs} ms; events: ${events.map((e) => e.kind).join(", ")}\nlogs:\n${logs.join("\n")}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async close() {
      await engine.close();
      await model?.close();
      await rm(root, { recursive: true, force: true });
    },
  };
  try {
    await engine.start();
  } catch (error) {
    await harness.close();
    throw error;
  }
  return harness;
}

/**
 * Engine options that keep codex-api's own OPENAI_API_KEY provider (launch.ts) but point it at the
 * scripted model: the key is then really used, as the `Authorization` header of each request.
 * Use with `scriptedModelOption: false` and the key in `env`.
 */
export async function apiKeyProviderAtScriptedModel(model: ScriptedModel | undefined, home: string): Promise<Partial<CodexEngineOptions>> {
  return {
    configOverrides: {
      "model_providers.codex_api_openai.base_url": model!.url,
      model: SLUG,
      model_catalog_json: await writeModelCatalog(resolveCodexBinary(), {}, home, SLUG),
    },
  };
}

/**
 * Whether a process with this pid is running. A zombie is dead: in a container whose PID 1 does
 * not reap orphans, killed sandbox helpers stay zombies (state Z) for good.
 */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}
