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
  /**
   * The environment codex-api runs in. The engine gets only the allowlisted part of it
   * (engineEnvironment), never codex-api's own settings or token.
   */
  env: Readonly<Record<string, string | undefined>>;
  /** More variable names the operator passes to the engine (and so to commands, unless excluded). */
  engineEnv?: readonly string[];
  /**
   * Name patterns (`*` = any run of characters, case-insensitive) of variables kept from the
   * agent's commands; the provider key variable is always kept from them. Default: SECRET_PATTERNS.
   */
  commandEnvExclude?: readonly string[];
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
  /** How the engine will reach and authenticate to the model. */
  modelAccess: ModelAccess;
}

/** How the engine reaches the model, in words for the operator; `none` means every turn will fail. */
export interface ModelAccess {
  kind: "scripted" | "api_key" | "login" | "provider" | "none";
  description: string;
}

/**
 * Keys that keep the engine quiet and lean without changing what the agent does (docs/engine-notes.md §6):
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

/**
 * Features codex-api serves that the engine keeps off by default: the agent's `request_user_input`
 * tool, relayed to the client as a `question_prompt` (docs/engine-notes.md §2). An operator turns
 * it off with the same key set to false in the engine config overrides.
 */
const SERVED_FEATURES: Readonly<Record<string, ConfigValue>> = {
  "features.default_mode_request_user_input": true,
};

const API_KEY_PROVIDER = "codex_api_openai";
const API_KEY_VARIABLE = "OPENAI_API_KEY";
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
  const config: Record<string, ConfigValue> = { ...LEAN_CONFIG, ...SERVED_FEATURES };
  let providerKey: string | undefined;
  if (input.scriptedModel !== undefined) Object.assign(config, scriptedModelConfig(input.scriptedModel));
  else if (useApiKeyProvider(input, overrides)) {
    Object.assign(config, API_KEY_PROVIDER_CONFIG);
    providerKey = API_KEY_VARIABLE;
  }
  Object.assign(config, commandEnvironmentPolicy(input.commandEnvExclude ?? SECRET_PATTERNS));
  // The operator's overrides win: the same key replaces ours.
  Object.assign(config, overrides);

  const args = ["app-server"];
  for (const [key, value] of Object.entries(config)) args.push("-c", `${key}=${tomlValue(value, key)}`);

  const env = engineEnvironment(input.env, [...(input.engineEnv ?? []), ...(providerKey === undefined ? [] : [providerKey])]);
  env.CODEX_HOME = codexHome;
  env.RUST_LOG = input.engineLogLevel ?? input.env.RUST_LOG ?? "error";
  // The engine honours HTTP(S)_PROXY; a proxy must never see loopback traffic (a scripted
  // model, local MCP servers). reqwest reads NO_PROXY before no_proxy, so merge both into it.
  env.NO_PROXY = [input.env.NO_PROXY, input.env.no_proxy, "127.0.0.1,localhost"].filter((v) => v).join(",");
  // The engine runs the bundled `rg` from PATH.
  env.PATH = [input.binary.pathDir, input.env.PATH].filter((v) => v).join(":");
  return { command: input.binary.path, args, env, codexHome, modelAccess: modelAccess(input, overrides, providerKey !== undefined, codexHome) };
}

/** What buildLaunch decided about the model, said once at start (and warned about when nothing). */
function modelAccess(input: LaunchInput, overrides: Readonly<Record<string, ConfigValue>>, apiKey: boolean, codexHome: string): ModelAccess {
  if (input.scriptedModel !== undefined) return { kind: "scripted", description: `the scripted model at ${input.scriptedModel.url} (no credentials)` };
  if (Object.keys(overrides).some((key) => key === "model_provider" || key === "profile" || key === "openai_base_url")) {
    return { kind: "provider", description: "the model provider set by codex-api's engine overrides" };
  }
  if (apiKey) return { kind: "api_key", description: `${API_KEY_VARIABLE} from codex-api's environment, at ${API_KEY_PROVIDER_CONFIG[`model_providers.${API_KEY_PROVIDER}.base_url`]}` };
  if (input.home.hasLogin) return { kind: "login", description: `the login saved in ${join(codexHome, "auth.json")} (codex login)` };
  if (input.home.configToml !== null && configChoosesProvider(input.home.configToml)) {
    return { kind: "provider", description: `the model provider chosen in ${join(codexHome, "config.toml")}` };
  }
  return {
    kind: "none",
    description:
      `no credentials: ${join(codexHome, "auth.json")} does not exist, ${API_KEY_VARIABLE} is not set and ${join(codexHome, "config.toml")} chooses no provider, so every turn will fail. ` +
      `Run \`CODEX_HOME=${codexHome} ${input.binary.path} login\` (the engine codex-api runs), set ${API_KEY_VARIABLE}, or start with --scripted-model to try it offline`,
  };
}

/**
 * OPENAI_API_KEY: the engine ignores it unless a provider names it in `env_key` (docs/engine-notes.md §6). We
 * add such a provider only when nothing else decides how to authenticate: the operator has no
 * login (`auth.json`), chose no provider (config.toml or an override), and no scripted model is
 * used. The key then stays in the engine's environment: never written to disk, never on a
 * command line, and kept from the agent's commands (commandEnvironmentPolicy).
 */
function useApiKeyProvider(input: LaunchInput, overrides: Readonly<Record<string, ConfigValue>>): boolean {
  if (!input.env[API_KEY_VARIABLE]) return false;
  if (input.home.hasLogin) return false;
  if (input.home.configToml !== null && configChoosesProvider(input.home.configToml)) return false;
  return !Object.keys(overrides).some((key) => key === "model_provider" || key === "profile" || key === "openai_base_url");
}

const API_KEY_PROVIDER_CONFIG: Readonly<Record<string, ConfigValue>> = {
  model_provider: API_KEY_PROVIDER,
  [`model_providers.${API_KEY_PROVIDER}.name`]: "OpenAI (OPENAI_API_KEY)",
  [`model_providers.${API_KEY_PROVIDER}.base_url`]: "https://api.openai.com/v1",
  [`model_providers.${API_KEY_PROVIDER}.wire_api`]: "responses",
  [`model_providers.${API_KEY_PROVIDER}.env_key`]: API_KEY_VARIABLE,
};

/** A custom provider through -c only (docs/engine-notes.md §6); no retries, so a scripted failure fails the turn at once. */
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

/**
 * What the engine may inherit (docs/security.md): what it needs to run, find its home, reach the
 * model through a proxy and log. Everything else codex-api was started with (its token, its
 * CODEX_API_* settings, the operator's unrelated secrets) stays out: the engine hands its
 * environment to the sandbox helper, and what that holds a command can read.
 */
const ENGINE_ENV_NAMES: ReadonlySet<string> = new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TMPDIR",
  "TZ",
  "LANG",
  "LANGUAGE",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "ALL_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "all_proxy",
  "no_proxy",
  "RUST_LOG",
  "CODEX_HOME",
  "CODEX_SQLITE_HOME",
]);

/** codex-api's own settings and token: never passed to the engine, even when named. */
export const OWN_VARIABLE_PREFIX = "CODEX_API_";

/** The allowlisted part of `env`, plus the `extra` names the caller passes on. */
export function engineEnvironment(env: LaunchInput["env"], extra: readonly string[]): Record<string, string> {
  const wanted = new Set(extra);
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || name.startsWith(OWN_VARIABLE_PREFIX)) continue;
    if (ENGINE_ENV_NAMES.has(name) || name.startsWith("LC_") || wanted.has(name)) result[name] = value;
  }
  return result;
}

/** Variable names kept from the agent's commands by default (matched case-insensitively). */
export const SECRET_PATTERNS: readonly string[] = ["*KEY*", "*SECRET*", "*TOKEN*", "*PASSWORD*", "*CREDENTIAL*"];

/**
 * The engine's shell_environment_policy: commands inherit the engine's (already allowlisted)
 * environment minus the provider key and anything named like a secret. The engine's own default
 * excludes are off unless asked for (ignore_default_excludes defaults to true, docs/engine-notes.md),
 * so the patterns are given explicitly; the provider key variable matches `*KEY*` and is listed
 * by name as well, so an operator who empties the patterns still cannot hand it to commands.
 */
function commandEnvironmentPolicy(patterns: readonly string[]): Record<string, ConfigValue> {
  return {
    "shell_environment_policy.inherit": "all",
    "shell_environment_policy.ignore_default_excludes": false,
    "shell_environment_policy.exclude": [...new Set([...patterns, API_KEY_VARIABLE])],
  };
}
