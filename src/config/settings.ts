// Server settings from flags and the environment, validated once at start. The only module that
// reads process.env (main passes it in). Every problem is reported with what to fix.
import { createPrivateKey, type KeyObject, X509Certificate } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { hostname } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { SandboxMode } from "../../generated/types.js";
import type { SessionSettings } from "../core/session-settings.js";
import { OWN_VARIABLE_PREFIX } from "../engine/launch.js";
import { isSwitch, OPTIONS, suggestOption, type OptionName, type OptionSpec } from "./options.js";

type CodexPolicy = SessionSettings["approvalPolicy"];

export interface ServerConfig {
  host: string;
  port: number;
  tls: { keyPath: string; certPath: string } | undefined;
  /** Sent as the `codex-instance` response header, so a client behind a proxy sees which instance answered. */
  instanceName: string;
  /** Plain HTTP/1.1 port for /healthz, /readyz and /metrics on the same host; undefined = none, 0 = any free port. */
  healthPort: number | undefined;
  /** The repository this instance serves: a session's default working directory. */
  workspace: string;
  /** Directories sessions may work in or read images from (real paths). */
  allowedRoots: string[];
  defaultModel: string | undefined;
  defaultApprovalPolicy: CodexPolicy;
  defaultSandbox: SandboxMode;
  allowedApprovalPolicies: CodexPolicy[];
  allowedSandboxes: SandboxMode[];
  approvalTimeoutMs: number;
  maxFrameBytes: number;
  heartbeatIntervalMs: number;
  heartbeatTimeoutMs: number;
  sessionTtlMs: number;
  turnIdleTimeoutMs: number;
  /** A turn whose model stays unreachable this long (the engine retrying) fails. */
  modelRetryTimeoutMs: number;
  /** Deadline of each request to the engine (thread and turn start, resume…). */
  engineRequestTimeoutMs: number;
  /** Under heavy engine output, read it at most this often (src/engine/read-pacer.ts); 0 = as it comes. */
  engineReadIntervalMs: number;
  /** Under the same load, hold a delta this long for more of its item (src/engine/delta-merge.ts); 0 = per read. */
  engineDeltaJoinMs: number;
  interruptGraceMs: number;
  shutdownGraceMs: number;
  maxQueuedBytes: number;
  replayFrames: number;
  replayBytes: number;
  /** Replay history of all sessions together. */
  replayBudgetBytes: number;
  /** A session that never ran a turn and has no stream is closed after this. */
  unusedSessionTtlMs: number;
  /** New sessions one connection may open per second (token bucket), and the burst it allows. */
  maxNewSessionsPerSecond: number;
  newSessionBurst: number;
  /** Shared secret every request must carry as `Authorization: Bearer …`; undefined = no auth. */
  token: string | undefined;
  maxSessions: number;
  maxRunningTurns: number;
  maxStreamsPerConnection: number;
  maxPendingApprovals: number;
  /** Inbound frames per second per stream (token bucket), and the burst it allows. */
  maxFramesPerSecond: number;
  frameBurst: number;
  /** Variables passed to the engine beyond its allowlist (docs/security.md). */
  engineEnv: string[];
  /** Name patterns of variables kept from the agent's commands; undefined = the default secret patterns. */
  commandEnvExclude: string[] | undefined;
  /** Serve without a token on a non-loopback address (the operator said so explicitly). */
  insecureNoAuth: boolean;
  /** The operator's Codex home; undefined = Codex's own default (`CODEX_HOME` or ~/.codex). */
  codexHome: string | undefined;
  /** Play this script with the built-in scripted model instead of a real one. */
  scriptedModel: string | undefined;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** How log entries are written; undefined = pretty when stderr is a terminal, else json (main decides). */
  logFormat: "pretty" | "json" | undefined;
  /** Log prompt text and agent output (off by default: they may hold secrets). */
  logContent: boolean;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

const POLICIES: CodexPolicy[] = ["untrusted", "on-request", "never"];
const SANDBOXES: SandboxMode[] = ["read-only", "workspace-write", "danger-full-access"];
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const LOG_FORMATS = ["pretty", "json"] as const;

type Key = OptionName;

/** A default from the options table (a constant there, so only a missing entry can throw). */
function defaultOf<T extends string | number | boolean>(key: Key): T {
  const value = (OPTIONS[key] as OptionSpec).default;
  if (value === undefined) throw new Error(`option --${key} has no constant default in src/config/options.ts`);
  return value as T;
}

export function loadConfig(argv: string[], env: Record<string, string | undefined>): ConfigResult {
  const errors: string[] = [];
  let flags: Record<string, string | boolean | undefined>;
  try {
    flags = parseArgs({
      args: argv,
      options: Object.fromEntries((Object.keys(OPTIONS) as Key[]).map((k) => [k, { type: isSwitch(k) ? "boolean" : "string" }])) as never,
      strict: true,
      allowPositionals: false,
      allowNegative: true,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    return { ok: false, errors: [usageError(error as Error & { code?: string }, argv)] };
  }
  const raw = (key: Key): string | undefined => {
    const flag = flags[key];
    if (flag !== undefined) return String(flag);
    const value = env[OPTIONS[key].env];
    return value === undefined || value === "" ? undefined : value;
  };
  const name = (key: Key) => `--${key} / ${OPTIONS[key].env}`;
  const int = (key: Key, min: number, max = Number.MAX_SAFE_INTEGER, fallback = defaultOf<number>(key)): number => {
    const value = raw(key);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) errors.push(`${name(key)}=${value} must be an integer from ${min} to ${max}`);
    return n;
  };
  const bool = (key: Key): boolean => {
    const value = raw(key)?.toLowerCase();
    if (value === undefined) return defaultOf<boolean>(key);
    if (["1", "true", "yes", "on"].includes(value)) return true;
    if (!["0", "false", "no", "off"].includes(value)) errors.push(`${name(key)}=${value} must be true or false`);
    return false;
  };
  const oneOf = <T extends string>(key: Key, allowed: readonly T[], fallback = defaultOf<T>(key)): T => {
    const value = raw(key);
    if (value === undefined) return fallback;
    if (!allowed.includes(value as T)) errors.push(`${name(key)}=${value} must be one of ${allowed.join(", ")}`);
    return value as T;
  };
  const list = <T extends string>(key: Key, allowed: readonly T[], fallback = defaultOf<string>(key).split(",") as T[]): T[] => {
    const value = raw(key);
    if (value === undefined) return fallback;
    const items = value.split(",").map((s) => s.trim()).filter(Boolean) as T[];
    const bad = items.filter((i) => !allowed.includes(i));
    if (bad.length > 0 || items.length === 0) errors.push(`${name(key)}=${value}: each item must be one of ${allowed.join(", ")}`);
    return items;
  };
  const directory = (key: Key, value: string): string => {
    try {
      const real = realpathSync(resolve(value));
      if (!statSync(real).isDirectory()) errors.push(`${name(key)}: ${value} is not a directory`);
      return real;
    } catch {
      errors.push(`${name(key)}: ${value} does not exist`);
      return resolve(value);
    }
  };
  const names = (key: Key): string[] => {
    const value = raw(key);
    if (value === undefined) return [];
    const items = value.split(",").map((s) => s.trim()).filter(Boolean);
    for (const item of items) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(item)) errors.push(`${name(key)}: ${JSON.stringify(item)} is not an environment variable name`);
      else if (item.startsWith(OWN_VARIABLE_PREFIX)) errors.push(`${name(key)}: ${item} is one of codex-api's own settings; they never reach the engine`);
    }
    return items;
  };
  const patterns = (key: Key): string[] | undefined => {
    const value = raw(key);
    if (value === undefined) return undefined;
    if (value.trim() === "none") return [];
    const items = value.split(",").map((s) => s.trim()).filter(Boolean);
    for (const item of items) if (!/^[A-Za-z0-9_*]+$/.test(item)) errors.push(`${name(key)}: ${JSON.stringify(item)} is not a name pattern (letters, digits, _ and *)`);
    if (items.length === 0) errors.push(`${name(key)} is empty: give patterns such as *KEY*,*TOKEN*, or none`);
    return items;
  };
  const file = (key: Key): string | undefined => {
    const value = raw(key);
    if (value === undefined) return undefined;
    try {
      if (!statSync(value).isFile()) errors.push(`${name(key)}: ${value} is not a file`);
    } catch {
      errors.push(`${name(key)}: ${value} does not exist`);
    }
    return resolve(value);
  };

  const useTls = bool("tls");
  const keyPath = file("tls-key");
  const certPath = file("tls-cert");
  if (useTls && (keyPath === undefined || certPath === undefined)) {
    errors.push(`TLS is on (${name("tls")}) but ${keyPath === undefined ? name("tls-key") : name("tls-cert")} is not set: give the PEM key and certificate paths`);
  }
  if (useTls && keyPath !== undefined && certPath !== undefined) checkTlsFiles(keyPath, certPath, name, errors);
  if (!useTls && (keyPath !== undefined || certPath !== undefined)) {
    // Serving h2c while the operator believes TLS is on would send the token in the clear.
    errors.push(`${keyPath !== undefined ? name("tls-key") : name("tls-cert")} is set but TLS is off: add ${name("tls")} (or drop the key and certificate)`);
  }
  const engineEnv = names("engine-env");
  const commandEnvExclude = patterns("command-env-exclude");
  const workspace = directory("workspace", raw("workspace") ?? process.cwd());
  const rootsRaw = raw("allowed-roots");
  const allowedRoots = rootsRaw === undefined ? [workspace] : rootsRaw.split(",").map((r) => r.trim()).filter(Boolean).map((r) => directory("allowed-roots", r));
  if (!allowedRoots.some((root) => workspace === root || workspace.startsWith(`${root}/`))) {
    errors.push(`${name("workspace")} ${workspace} must lie inside one of ${name("allowed-roots")} (${allowedRoots.join(", ")})`);
  }
  const allowedApprovalPolicies = list("allowed-approval-policies", POLICIES);
  const allowedSandboxes = list("allowed-sandboxes", SANDBOXES);
  const defaultApprovalPolicy = oneOf("approval-policy", POLICIES);
  const defaultSandbox = oneOf("sandbox", SANDBOXES);
  if (!allowedSandboxes.includes(defaultSandbox)) errors.push(`${name("sandbox")}=${defaultSandbox} is not in ${name("allowed-sandboxes")} (${allowedSandboxes.join(", ")})`);
  if (!allowedApprovalPolicies.includes(defaultApprovalPolicy)) {
    errors.push(`${name("approval-policy")}=${defaultApprovalPolicy} is not in ${name("allowed-approval-policies")} (${allowedApprovalPolicies.join(", ")})`);
  }
  const heartbeatIntervalMs = int("heartbeat-interval-ms", 100);
  const port = int("port", 0, 65535);
  // Off unless set (the 0 passed is never used: the option is set when it is read).
  const healthPort = raw("health-port") === undefined ? undefined : int("health-port", 0, 65535, 0);
  if (healthPort !== undefined && healthPort !== 0 && healthPort === port) {
    errors.push(`${name("health-port")}=${healthPort} is also ${name("port")}: give the health checks a port of their own (or 0 for any free one)`);
  }
  const instanceName = raw("instance-name") ?? hostname();
  // A header value: visible ASCII and inner spaces, so an HTTP/2 stack never refuses the answer.
  if (!/^[\x21-\x7e]([\x20-\x7e]{0,254}[\x21-\x7e])?$/.test(instanceName)) {
    errors.push(`${name("instance-name")}=${JSON.stringify(instanceName)} must be 1 to 256 printable ASCII characters (it is sent as the codex-instance header)`);
  }
  const config: ServerConfig = {
    host: raw("host") ?? defaultOf<string>("host"),
    instanceName,
    port,
    healthPort,
    tls: useTls && keyPath !== undefined && certPath !== undefined ? { keyPath, certPath } : undefined,
    workspace,
    allowedRoots,
    defaultModel: raw("model"),
    defaultApprovalPolicy,
    defaultSandbox,
    allowedApprovalPolicies,
    allowedSandboxes,
    approvalTimeoutMs: int("approval-timeout-ms", 100),
    maxFrameBytes: int("max-frame-bytes", 1024, 64 << 20),
    heartbeatIntervalMs,
    heartbeatTimeoutMs: int("heartbeat-timeout-ms", 200, undefined, heartbeatIntervalMs * 3),
    sessionTtlMs: int("session-ttl-ms", 1000),
    turnIdleTimeoutMs: int("turn-idle-timeout-ms", 1000),
    modelRetryTimeoutMs: int("model-retry-timeout-ms", 100),
    engineRequestTimeoutMs: int("engine-request-timeout-ms", 100, 600_000),
    // Below the wait for stdout after the engine exits (1 s), so its last lines are always read.
    engineReadIntervalMs: int("engine-read-interval-ms", 0, 100),
    engineDeltaJoinMs: int("engine-delta-join-ms", 0, 250),
    interruptGraceMs: 5_000,
    shutdownGraceMs: int("shutdown-grace-ms", 0),
    maxQueuedBytes: int("max-queued-bytes", 64 << 10),
    replayFrames: int("replay-frames", 1),
    replayBytes: int("replay-bytes", 1024),
    replayBudgetBytes: int("replay-budget-bytes", 64 << 10),
    unusedSessionTtlMs: int("unused-session-ttl-ms", 1000),
    maxNewSessionsPerSecond: int("max-new-sessions-per-second", 1),
    newSessionBurst: int("new-session-burst", 1),
    // Only from the environment: a flag would show the secret in `ps`.
    token: env.CODEX_API_TOKEN === undefined || env.CODEX_API_TOKEN === "" ? undefined : env.CODEX_API_TOKEN,
    maxSessions: int("max-sessions", 1),
    maxRunningTurns: int("max-running-turns", 1),
    maxStreamsPerConnection: int("max-streams-per-connection", 1, 10_000),
    maxPendingApprovals: int("max-pending-approvals", 1),
    maxFramesPerSecond: int("max-frames-per-second", 1),
    frameBurst: int("frame-burst", 1),
    engineEnv,
    commandEnvExclude,
    insecureNoAuth: bool("insecure-no-auth"),
    codexHome: raw("codex-home"),
    scriptedModel: file("scripted-model"),
    logLevel: oneOf("log-level", LOG_LEVELS),
    // Unset = decided by the terminal in main (the "json" passed is never used).
    logFormat: raw("log-format") === undefined ? undefined : oneOf("log-format", LOG_FORMATS, "json"),
    logContent: bool("log-content"),
  };
  if (config.token !== undefined && config.token.length < 16) {
    errors.push("CODEX_API_TOKEN must be at least 16 characters (use e.g. `openssl rand -hex 32`)");
  }
  if (config.token === undefined && !isLoopback(config.host) && !config.insecureNoAuth) {
    errors.push(
      `${name("host")}=${config.host} is reachable from other machines and CODEX_API_TOKEN is not set: anyone who reaches the port could run commands in the workspace. ` +
        `Set CODEX_API_TOKEN (e.g. \`openssl rand -hex 32\`), listen on 127.0.0.1, or pass ${name("insecure-no-auth")} if a network you control already keeps others out`,
    );
  }
  if (config.heartbeatTimeoutMs <= config.heartbeatIntervalMs) {
    errors.push(`${name("heartbeat-timeout-ms")} (${config.heartbeatTimeoutMs}) must be longer than ${name("heartbeat-interval-ms")} (${config.heartbeatIntervalMs})`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}

/**
 * The key and certificate read and parsed now, so that a wrong file is named at start (Node's own
 * error, "PEM routines::no start line", names neither file), and a key that does not belong to the
 * certificate is caught before the first TLS handshake fails.
 */
function checkTlsFiles(keyPath: string, certPath: string, name: (key: Key) => string, errors: string[]): void {
  const read = (key: Key, path: string): Buffer | undefined => {
    try {
      return readFileSync(path);
    } catch (error) {
      errors.push(`${name(key)}: cannot read ${path}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const keyPem = read("tls-key", keyPath);
  const certPem = read("tls-cert", certPath);
  let key: KeyObject | undefined;
  let cert: X509Certificate | undefined;
  if (keyPem !== undefined) {
    try {
      key = createPrivateKey(keyPem);
    } catch (error) {
      const hint = keyPem.includes("BEGIN CERTIFICATE") ? " (it holds a certificate: is it the --tls-cert file?)" : "";
      errors.push(`${name("tls-key")}: ${keyPath} is not a PEM private key${hint}: ${(error as Error).message}`);
    }
  }
  if (certPem !== undefined) {
    try {
      cert = new X509Certificate(certPem);
    } catch (error) {
      const hint = /BEGIN [A-Z ]*PRIVATE KEY/.test(certPem.toString("latin1")) ? " (it holds a private key: is it the --tls-key file?)" : "";
      errors.push(`${name("tls-cert")}: ${certPath} is not a PEM certificate${hint}: ${(error as Error).message}`);
    }
  }
  if (key !== undefined && cert !== undefined && !cert.checkPrivateKey(key)) {
    errors.push(`${name("tls-key")} ${keyPath} is not the private key of ${name("tls-cert")} ${certPath}`);
  }
}

/** A command-line mistake in words: the option, what was wrong, and the likely intended option. */
function usageError(error: Error & { code?: string }, argv: string[]): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const near = suggestOption(quoted);
      return `unknown option ${quoted}${near === undefined ? "" : `; did you mean --${near}?`}`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${JSON.stringify(quoted)}: codex-api takes only options (--name value)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = quoted.split(" ")[0] ?? quoted;
      if (/does not take an argument/.test(error.message)) return `${option} is a switch and takes no value (use ${option} or --no-${option.slice(2)})`;
      return `${option} needs a value${argv.at(-1) === option ? " (it is the last argument)" : ""}`;
    }
    default:
      return error.message;
  }
}

/** Whether a listen address only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1";
}
