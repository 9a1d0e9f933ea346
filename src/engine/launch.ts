// argv and environment for `codex app-server`. Pure: the caller reads the environment and the
// codex home and passes what it found.
import { join } from "node:path";

export type ConfigValue = string | number | boolean | ConfigValue[] | { [key: string]: ConfigValue };

/** A scripted Responses-API server standing in for the model (tests, demos). */
export interface ScriptedModelLaunch {
  /** Base URL the engine POSTs `<url>/responses` to, e.g. `http://127.0.0.1:PORT/v1`. */
  url: string;
  slug: string;
  /** Absolute path of a model catalog that knows `slug` (see engine-catalog.ts). */
  catalogPath: string;
}

export interface LaunchInput {
  /** The native binary and its helper folder (codex-binary.ts). */
  binary: { path: string; pathDir: string };
  /** The environment codex-api runs in; the engine inherits it. */
  env: Readonly<Record<string, string | undefined>>;
  /** Defaults to `$CODEX_HOME`, else `~/.codex` (the operator's own). */
  codexHome?: string;
  /** Extra `-c key=value` overrides (dotted keys, TOML values); they win over ours. */
  configOverrides?: Readonly<Record<string, ConfigValue>>;
  /** RUST_LOG for the engine's stderr; defaults to `$RUST_LOG`, else `error`. */
  engineLogLevel?: string;
  scriptedModel?: ScriptedModelLaunch;
  /** What the codex home holds: `auth.json` exists; the text of `config.toml`, if any. */
  home: { hasLogin: boolean; configToml: string | null };
}

export interface Launch {
  command: string;
  args: string[];
  env: Record<string, string>;
  codexHome: string;
}

/**
 * Keys that keep the engine quiet and lean without changing what the agent does (notes §6):
 * no plugin sync (the only outbound traffic besides the model), no update check, analytics or
 * feedback; no per-thread shell snapshot (it serialises parallel turns: 50 threads finished 0
 * turns in 40 s with it); `bash -c` instead of a login shell (~1 s of profile per command).
 */
const LEAN_CONFIG: Readonly<Record<string, ConfigValue>> = {
  "features.plugins": false,
  check_for_update_on_startup: false,
  "analytics.enabled": false,
  "feedback.enabled": false,
  "features.shell_snapshot": false,
  allow_login_shell: false,
  suppress_unstable_features_warning: true,
};

const API_KEY_PROVIDER = "codex_api_openai";
const SCRIPTED_PROVIDER = "codex_api_scripted";

export function resolveCodexHome(codexHome: string | undefined, env: LaunchInput["env"]): string {
  if (codexHome !== undefined) return codexHome;
  if (env.CODEX_HOME) return env.CODEX_HOME;
  if (env.HOME) return join(env.HOME, ".codex");
  throw new Error("cannot find the codex home: pass codexHome, or set CODEX_HOME or HOME");
}

export function buildLaunch(input: LaunchInput): Launch {
  const codexHome = resolveCodexHome(input.codexHome, input.env);
  const overrides = input.configOverrides ?? {};
  const config: Record<string, ConfigValue> = { ...LEAN_CONFIG };
  if (input.scriptedModel !== undefined) Object.assign(config, scriptedModelConfig(input.scriptedModel));
  else if (useApiKeyProvider(input, overrides)) Object.assign(config, API_KEY_PROVIDER_CONFIG);
  // The operator's overrides win: the same key replaces ours.
  Object.assign(config, overrides);

  const args = ["app-server"];
  for (const [key, value] of Object.entries(config)) args.push("-c", `${key}=${tomlValue(value, key)}`);

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.env)) if (value !== undefined) env[key] = value;
  env.CODEX_HOME = codexHome;
  env.RUST_LOG = input.engineLogLevel ?? input.env.RUST_LOG ?? "error";
  // The engine honours HTTP(S)_PROXY; a proxy must never see loopback traffic (a scripted
  // model, local MCP servers). reqwest reads NO_PROXY before no_proxy, so merge both into it.
  env.NO_PROXY = [input.env.NO_PROXY, input.env.no_proxy, "127.0.0.1,localhost"].filter((v) => v).join(",");
  // The engine runs the bundled `rg` from PATH.
  env.PATH = [input.binary.pathDir, input.env.PATH].filter((v) => v).join(":");
  return { command: input.binary.path, args, env, codexHome };
}

/**
 * OPENAI_API_KEY: the engine ignores it unless a provider names it in `env_key` (notes §6). We
 * add such a provider only when nothing else decides how to authenticate: the operator has no
 * login (`auth.json`), chose no provider (config.toml or an override), and no scripted model is
 * used. The key then stays in the environment: never written to disk, never on a command line.
 */
function useApiKeyProvider(input: LaunchInput, overrides: Readonly<Record<string, ConfigValue>>): boolean {
  if (!input.env.OPENAI_API_KEY) return false;
  if (input.home.hasLogin) return false;
  if (input.home.configToml !== null && configChoosesProvider(input.home.configToml)) return false;
  return !Object.keys(overrides).some((key) => key === "model_provider" || key === "profile" || key === "openai_base_url");
}

const API_KEY_PROVIDER_CONFIG: Readonly<Record<string, ConfigValue>> = {
  model_provider: API_KEY_PROVIDER,
  [`model_providers.${API_KEY_PROVIDER}.name`]: "OpenAI (OPENAI_API_KEY)",
  [`model_providers.${API_KEY_PROVIDER}.base_url`]: "https://api.openai.com/v1",
  [`model_providers.${API_KEY_PROVIDER}.wire_api`]: "responses",
  [`model_providers.${API_KEY_PROVIDER}.env_key`]: "OPENAI_API_KEY",
};

/** A custom provider through -c only (notes §6); no retries, so a scripted failure fails the turn at once. */
function scriptedModelConfig(model: ScriptedModelLaunch): Record<string, ConfigValue> {
  return {
    model_provider: SCRIPTED_PROVIDER,
    [`model_providers.${SCRIPTED_PROVIDER}.name`]: "scripted model",
    [`model_providers.${SCRIPTED_PROVIDER}.base_url`]: model.url,
    [`model_providers.${SCRIPTED_PROVIDER}.wire_api`]: "responses",
    [`model_providers.${SCRIPTED_PROVIDER}.request_max_retries`]: 0,
    [`model_providers.${SCRIPTED_PROVIDER}.stream_max_retries`]: 0,
    "features.unbounded_connection_retries": false,
    model: model.slug,
    // Without catalog metadata for the slug the engine warns and offers no apply_patch tool.
    model_catalog_json: model.catalogPath,
  };
}

/**
 * Whether the operator's config.toml picks the provider itself: a top-level `model_provider`,
 * `profile` (a profile may set one) or `openai_base_url`. Top-level keys end at the first table.
 */
export function configChoosesProvider(toml: string): boolean {
  for (const raw of toml.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("[")) return false;
    if (/^["']?(model_provider|profile|openai_base_url)["']?\s*=/.test(line)) return true;
  }
  return false;
}

export function tomlValue(value: ConfigValue, path: string): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`config override ${path} must be a finite number`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item, i) => tomlValue(item, `${path}[${i}]`)).join(", ")}]`;
  const entries = Object.entries(value).map(([key, item]) => `${tomlKey(key)} = ${tomlValue(item, `${path}.${key}`)}`);
  return `{${entries.join(", ")}}`;
}

function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
}
