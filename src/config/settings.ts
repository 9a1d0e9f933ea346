// Server settings from flags and the environment, validated once at start. The only module that
// reads process.env (main passes it in). Every problem is reported with what to fix.
import { realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { SandboxMode } from "../../generated/types.js";
import type { SessionSettings } from "../core/session-settings.js";
import { OWN_VARIABLE_PREFIX } from "../engine/launch.js";

type CodexPolicy = SessionSettings["approvalPolicy"];

export interface ServerConfig {
  host: string;
  port: number;
  tls: { keyPath: string; certPath: string } | undefined;
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
  /** Deadline of each request to the engine (thread and turn start, resume…). */
  engineRequestTimeoutMs: number;
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
  /** Log prompt text and agent output (off by default: they may hold secrets). */
  logContent: boolean;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

const POLICIES: CodexPolicy[] = ["untrusted", "on-request", "never"];
const SANDBOXES: SandboxMode[] = ["read-only", "workspace-write", "danger-full-access"];
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Flag name → environment variable; the flag wins. */
const SETTINGS = {
  host: "HOST",
  port: "PORT",
  tls: "CODEX_API_USE_TLS",
  "tls-key": "CODEX_API_TLS_KEY_PATH",
  "tls-cert": "CODEX_API_TLS_CERT_PATH",
  workspace: "CODEX_API_WORKSPACE",
  "allowed-roots": "CODEX_API_ALLOWED_ROOTS",
  model: "CODEX_API_MODEL",
  "approval-policy": "CODEX_API_APPROVAL_POLICY",
  sandbox: "CODEX_API_SANDBOX",
  "allowed-approval-policies": "CODEX_API_ALLOWED_APPROVAL_POLICIES",
  "allowed-sandboxes": "CODEX_API_ALLOWED_SANDBOXES",
  "approval-timeout-ms": "CODEX_API_APPROVAL_TIMEOUT_MS",
  "max-frame-bytes": "CODEX_API_MAX_FRAME_BYTES",
  "heartbeat-interval-ms": "CODEX_API_HEARTBEAT_INTERVAL_MS",
  "heartbeat-timeout-ms": "CODEX_API_HEARTBEAT_TIMEOUT_MS",
  "session-ttl-ms": "CODEX_API_SESSION_TTL_MS",
  "turn-idle-timeout-ms": "CODEX_API_TURN_IDLE_TIMEOUT_MS",
  "shutdown-grace-ms": "CODEX_API_SHUTDOWN_GRACE_MS",
  "engine-request-timeout-ms": "CODEX_API_ENGINE_REQUEST_TIMEOUT_MS",
  "max-queued-bytes": "CODEX_API_MAX_QUEUED_BYTES",
  "replay-frames": "CODEX_API_REPLAY_FRAMES",
  "replay-bytes": "CODEX_API_REPLAY_BYTES",
  "replay-budget-bytes": "CODEX_API_REPLAY_BUDGET_BYTES",
  "unused-session-ttl-ms": "CODEX_API_UNUSED_SESSION_TTL_MS",
  "max-new-sessions-per-second": "CODEX_API_MAX_NEW_SESSIONS_PER_SECOND",
  "new-session-burst": "CODEX_API_NEW_SESSION_BURST",
  "max-sessions": "CODEX_API_MAX_SESSIONS",
  "max-running-turns": "CODEX_API_MAX_RUNNING_TURNS",
  "max-streams-per-connection": "CODEX_API_MAX_STREAMS_PER_CONNECTION",
  "max-pending-approvals": "CODEX_API_MAX_PENDING_APPROVALS",
  "max-frames-per-second": "CODEX_API_MAX_FRAMES_PER_SECOND",
  "frame-burst": "CODEX_API_FRAME_BURST",
  "engine-env": "CODEX_API_ENGINE_ENV",
  "command-env-exclude": "CODEX_API_COMMAND_ENV_EXCLUDE",
  "insecure-no-auth": "CODEX_API_INSECURE_NO_AUTH",
  "codex-home": "CODEX_HOME",
  "scripted-model": "CODEX_API_SCRIPTED_MODEL",
  "log-level": "CODEX_API_LOG_LEVEL",
  "log-content": "CODEX_API_LOG_CONTENT",
} as const;

type Key = keyof typeof SETTINGS;

const BOOLEAN_FLAGS: ReadonlySet<string> = new Set<Key>(["tls", "log-content", "insecure-no-auth"]);

export const CONFIG_HELP = [
  ...Object.entries(SETTINGS).map(([flag, env]) => `  --${flag.padEnd(28)} ${env}`),
  `  ${"(environment only)".padEnd(30)} CODEX_API_TOKEN`,
].join("\n");

export function loadConfig(argv: string[], env: Record<string, string | undefined>): ConfigResult {
  const errors: string[] = [];
  let flags: Record<string, string | boolean | undefined>;
  try {
    flags = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, { type: BOOLEAN_FLAGS.has(k) ? "boolean" : "string" }])) as never,
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    return { ok: false, errors: [`${(error as Error).message}. Known options:\n${CONFIG_HELP}`] };
  }
  const raw = (key: Key): string | undefined => {
    const flag = flags[key];
    if (flag !== undefined) return String(flag);
    const value = env[SETTINGS[key]];
    return value === undefined || value === "" ? undefined : value;
  };
  const name = (key: Key) => `--${key} / ${SETTINGS[key]}`;
  const int = (key: Key, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const value = raw(key);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) errors.push(`${name(key)}=${value} must be an integer from ${min} to ${max}`);
    return n;
  };
  const bool = (key: Key): boolean => {
    const value = raw(key)?.toLowerCase();
    if (value === undefined) return false;
    if (["1", "true", "yes", "on"].includes(value)) return true;
    if (!["0", "false", "no", "off"].includes(value)) errors.push(`${name(key)}=${value} must be true or false`);
    return false;
  };
  const oneOf = <T extends string>(key: Key, allowed: readonly T[], fallback: T): T => {
    const value = raw(key);
    if (value === undefined) return fallback;
    if (!allowed.includes(value as T)) errors.push(`${name(key)}=${value} must be one of ${allowed.join(", ")}`);
    return value as T;
  };
  const list = <T extends string>(key: Key, allowed: readonly T[], fallback: T[]): T[] => {
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
  const allowedApprovalPolicies = list("allowed-approval-policies", POLICIES, POLICIES);
  const allowedSandboxes = list("allowed-sandboxes", SANDBOXES, ["read-only", "workspace-write"]);
  const defaultApprovalPolicy = oneOf("approval-policy", POLICIES, "on-request");
  const defaultSandbox = oneOf("sandbox", SANDBOXES, "workspace-write");
  if (!allowedSandboxes.includes(defaultSandbox)) errors.push(`${name("sandbox")}=${defaultSandbox} is not in ${name("allowed-sandboxes")} (${allowedSandboxes.join(", ")})`);
  if (!allowedApprovalPolicies.includes(defaultApprovalPolicy)) {
    errors.push(`${name("approval-policy")}=${defaultApprovalPolicy} is not in ${name("allowed-approval-policies")} (${allowedApprovalPolicies.join(", ")})`);
  }
  const heartbeatIntervalMs = int("heartbeat-interval-ms", 15_000, 100);
  const config: ServerConfig = {
    host: raw("host") ?? "127.0.0.1",
    port: int("port", 8080, 0, 65535),
    tls: useTls && keyPath !== undefined && certPath !== undefined ? { keyPath, certPath } : undefined,
    workspace,
    allowedRoots,
    defaultModel: raw("model"),
    defaultApprovalPolicy,
    defaultSandbox,
    allowedApprovalPolicies,
    allowedSandboxes,
    approvalTimeoutMs: int("approval-timeout-ms", 300_000, 100),
    maxFrameBytes: int("max-frame-bytes", 1 << 20, 1024, 64 << 20),
    heartbeatIntervalMs,
    heartbeatTimeoutMs: int("heartbeat-timeout-ms", heartbeatIntervalMs * 3, 200),
    sessionTtlMs: int("session-ttl-ms", 30 * 60_000, 1000),
    turnIdleTimeoutMs: int("turn-idle-timeout-ms", 10 * 60_000, 1000),
    engineRequestTimeoutMs: int("engine-request-timeout-ms", 10_000, 100, 600_000),
    interruptGraceMs: 5_000,
    shutdownGraceMs: int("shutdown-grace-ms", 10_000, 0),
    maxQueuedBytes: int("max-queued-bytes", 8 << 20, 64 << 10),
    replayFrames: int("replay-frames", 10_000, 1),
    replayBytes: int("replay-bytes", 16 << 20, 1024),
    replayBudgetBytes: int("replay-budget-bytes", 256 << 20, 64 << 10),
    unusedSessionTtlMs: int("unused-session-ttl-ms", 60_000, 1000),
    maxNewSessionsPerSecond: int("max-new-sessions-per-second", 10, 1),
    newSessionBurst: int("new-session-burst", 20, 1),
    // Only from the environment: a flag would show the secret in `ps`.
    token: env.CODEX_API_TOKEN === undefined || env.CODEX_API_TOKEN === "" ? undefined : env.CODEX_API_TOKEN,
    maxSessions: int("max-sessions", 1000, 1),
    maxRunningTurns: int("max-running-turns", 64, 1),
    maxStreamsPerConnection: int("max-streams-per-connection", 100, 1, 10_000),
    maxPendingApprovals: int("max-pending-approvals", 16, 1),
    maxFramesPerSecond: int("max-frames-per-second", 200, 1),
    frameBurst: int("frame-burst", 400, 1),
    engineEnv,
    commandEnvExclude,
    insecureNoAuth: bool("insecure-no-auth"),
    codexHome: raw("codex-home"),
    scriptedModel: file("scripted-model"),
    logLevel: oneOf("log-level", LOG_LEVELS, "warn"),
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

/** Whether a listen address only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1";
}
