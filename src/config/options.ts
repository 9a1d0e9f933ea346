// Every server option in one table: its flag, its environment variable, its default and what it
// means. `settings.ts` parses from it, `--help` prints it and the README's configuration table is
// rendered from it (test/config/options.test.ts fails when the README drifts; `npm run docs`
// rewrites that section).
export type Group = "Listening" | "Workspace and policy" | "Limits" | "Timeouts" | "Engine" | "Logging";

export interface OptionSpec {
  env: string;
  /** The value's placeholder in help (`N`, `PATH`…); none for a switch (`--tls`, or `--tls=false`). */
  arg?: string;
  /** The default as code uses it, when it is a constant. */
  default?: string | number | boolean;
  /** The default in words, when it is not a constant (or reads better than the number). */
  defaultText?: string;
  meaning: string;
  group: Group;
}

const MiB = 1 << 20;

export const OPTIONS = {
  host: { env: "HOST", arg: "ADDRESS", default: "127.0.0.1", meaning: "address to listen on; other than loopback needs CODEX_API_TOKEN or --insecure-no-auth", group: "Listening" },
  port: { env: "PORT", arg: "N", default: 8080, meaning: "port to listen on; 0 = any free port", group: "Listening" },
  tls: { env: "CODEX_API_USE_TLS", default: false, meaning: "serve h2 over TLS (ALPN h2) instead of h2c; needs --tls-key and --tls-cert", group: "Listening" },
  "tls-key": { env: "CODEX_API_TLS_KEY_PATH", arg: "PATH", meaning: "PEM private key for --tls", group: "Listening" },
  "tls-cert": { env: "CODEX_API_TLS_CERT_PATH", arg: "PATH", meaning: "PEM certificate (chain) for --tls", group: "Listening" },
  "health-port": {
    env: "CODEX_API_HEALTH_PORT",
    arg: "N",
    defaultText: "off",
    meaning: "also serve GET /healthz, /readyz and /metrics over plain HTTP/1.1 on this port of --host, for probes and load balancers that do not speak HTTP/2 (no agent stream there); 0 = any free port",
    group: "Listening",
  },
  "instance-name": {
    env: "CODEX_API_INSTANCE_NAME",
    arg: "NAME",
    defaultText: "the hostname",
    meaning: "this instance's name, sent as the codex-instance response header on every answer, the health port's too (docs/routing.md); printable ASCII, at most 256 characters",
    group: "Listening",
  },
  "insecure-no-auth": { env: "CODEX_API_INSECURE_NO_AUTH", default: false, meaning: "allow a non-loopback --host without CODEX_API_TOKEN (a private network already keeps others out)", group: "Listening" },
  workspace: { env: "CODEX_API_WORKSPACE", arg: "DIR", defaultText: "the current directory", meaning: "the repository this instance serves: a session's default cwd", group: "Workspace and policy" },
  "allowed-roots": { env: "CODEX_API_ALLOWED_ROOTS", arg: "DIRS", defaultText: "the workspace", meaning: "comma-separated directories a session's cwd and image paths must resolve into (symlinks followed)", group: "Workspace and policy" },
  model: { env: "CODEX_API_MODEL", arg: "NAME", defaultText: "Codex's default", meaning: "default model", group: "Workspace and policy" },
  "approval-policy": { env: "CODEX_API_APPROVAL_POLICY", arg: "POLICY", default: "on-request", meaning: "default approval policy: untrusted, on-request or never", group: "Workspace and policy" },
  sandbox: { env: "CODEX_API_SANDBOX", arg: "MODE", default: "workspace-write", meaning: "default sandbox: read-only, workspace-write or danger-full-access", group: "Workspace and policy" },
  "allowed-approval-policies": { env: "CODEX_API_ALLOWED_APPROVAL_POLICIES", arg: "LIST", default: "untrusted,on-request,never", meaning: "approval policies clients may choose", group: "Workspace and policy" },
  "allowed-sandboxes": { env: "CODEX_API_ALLOWED_SANDBOXES", arg: "LIST", default: "read-only,workspace-write", meaning: "sandboxes clients may choose; add danger-full-access to allow it", group: "Workspace and policy" },
  "max-frame-bytes": { env: "CODEX_API_MAX_FRAME_BYTES", arg: "N", default: MiB, defaultText: "1 MiB", meaning: "largest frame accepted", group: "Limits" },
  "max-queued-bytes": { env: "CODEX_API_MAX_QUEUED_BYTES", arg: "N", default: 8 * MiB, defaultText: "8 MiB", meaning: "outbound bytes queued per stream before it is closed as a slow consumer", group: "Limits" },
  "replay-frames": { env: "CODEX_API_REPLAY_FRAMES", arg: "N", default: 10_000, meaning: "history frames kept per session for resume", group: "Limits" },
  "replay-bytes": { env: "CODEX_API_REPLAY_BYTES", arg: "N", default: 16 * MiB, defaultText: "16 MiB", meaning: "history bytes kept per session for resume", group: "Limits" },
  "replay-budget-bytes": { env: "CODEX_API_REPLAY_BUDGET_BYTES", arg: "N", default: 256 * MiB, defaultText: "256 MiB", meaning: "history kept by all sessions together; idle sessions' oldest history goes first", group: "Limits" },
  "max-sessions": { env: "CODEX_API_MAX_SESSIONS", arg: "N", default: 1000, meaning: "sessions held at once", group: "Limits" },
  "max-new-sessions-per-second": { env: "CODEX_API_MAX_NEW_SESSIONS_PER_SECOND", arg: "N", default: 10, meaning: "new sessions one connection may open per second (resumes are not counted)", group: "Limits" },
  "new-session-burst": { env: "CODEX_API_NEW_SESSION_BURST", arg: "N", default: 20, meaning: "burst allowed above --max-new-sessions-per-second", group: "Limits" },
  "max-running-turns": { env: "CODEX_API_MAX_RUNNING_TURNS", arg: "N", default: 64, meaning: "turns running at once", group: "Limits" },
  "max-streams-per-connection": { env: "CODEX_API_MAX_STREAMS_PER_CONNECTION", arg: "N", default: 100, meaning: "agent streams per HTTP/2 connection", group: "Limits" },
  "max-pending-approvals": { env: "CODEX_API_MAX_PENDING_APPROVALS", arg: "N", default: 16, meaning: "prompts waiting per session (more are denied)", group: "Limits" },
  "max-frames-per-second": { env: "CODEX_API_MAX_FRAMES_PER_SECOND", arg: "N", default: 200, meaning: "inbound frames per second per stream", group: "Limits" },
  "frame-burst": { env: "CODEX_API_FRAME_BURST", arg: "N", default: 400, meaning: "burst allowed above --max-frames-per-second", group: "Limits" },
  "approval-timeout-ms": { env: "CODEX_API_APPROVAL_TIMEOUT_MS", arg: "MS", default: 300_000, meaning: "an unanswered prompt is denied after this", group: "Timeouts" },
  "heartbeat-interval-ms": { env: "CODEX_API_HEARTBEAT_INTERVAL_MS", arg: "MS", default: 15_000, meaning: "server heartbeat period", group: "Timeouts" },
  "heartbeat-timeout-ms": { env: "CODEX_API_HEARTBEAT_TIMEOUT_MS", arg: "MS", defaultText: "3 × --heartbeat-interval-ms", meaning: "a client silent this long is closed (its session is kept)", group: "Timeouts" },
  "session-ttl-ms": { env: "CODEX_API_SESSION_TTL_MS", arg: "MS", default: 30 * 60_000, defaultText: "30 minutes", meaning: "how long an idle session without a stream is kept", group: "Timeouts" },
  "unused-session-ttl-ms": { env: "CODEX_API_UNUSED_SESSION_TTL_MS", arg: "MS", default: 60_000, meaning: "the same, for a session that never ran a turn", group: "Timeouts" },
  "turn-idle-timeout-ms": { env: "CODEX_API_TURN_IDLE_TIMEOUT_MS", arg: "MS", default: 10 * 60_000, defaultText: "10 minutes", meaning: "a turn with no engine event for this long fails (watchdog)", group: "Timeouts" },
  "model-retry-timeout-ms": { env: "CODEX_API_MODEL_RETRY_TIMEOUT_MS", arg: "MS", default: 120_000, defaultText: "2 minutes", meaning: "a turn whose model stays unreachable this long while the engine retries fails (model_error); each retry reaches the client as a model_unavailable error frame", group: "Timeouts" },
  "engine-request-timeout-ms": { env: "CODEX_API_ENGINE_REQUEST_TIMEOUT_MS", arg: "MS", default: 10_000, meaning: "deadline of each request to the engine (turn start, thread start…); past it the client gets a retryable engine_unavailable", group: "Timeouts" },
  "engine-read-interval-ms": { env: "CODEX_API_ENGINE_READ_INTERVAL_MS", arg: "MS", default: 4, meaning: "under sustained heavy engine output (over 3,000 lines/s for seconds: tens of turns streaming at once) the engine's output is read at most this often: a line may wait this long, for far fewer wakeups; 0 reads every line as it comes (0–100)", group: "Engine" },
  "engine-delta-join-ms": { env: "CODEX_API_ENGINE_DELTA_JOIN_MS", arg: "MS", default: 50, meaning: "under the same load (whatever the read interval), a streamed delta waits up to this long for the next ones of its item, so they leave as one frame: at 100 concurrent turns a quarter of the frames and ~40 % less CPU for codex-api, for deltas reaching the client up to this long (plus the read interval) later; one turn alone is never held. 0: no waiting, deltas leave as they are read (0–250)", group: "Engine" },
  "shutdown-grace-ms": { env: "CODEX_API_SHUTDOWN_GRACE_MS", arg: "MS", default: 10_000, meaning: "on SIGTERM/SIGINT, running turns get this long before they are interrupted", group: "Timeouts" },
  "codex-home": { env: "CODEX_HOME", arg: "DIR", defaultText: "~/.codex", meaning: "the Codex home the engine uses (login, config.toml, sessions)", group: "Engine" },
  "scripted-model": { env: "CODEX_API_SCRIPTED_MODEL", arg: "PATH", meaning: "play this script instead of calling a model (with a private temporary CODEX_HOME unless one is named)", group: "Engine" },
  "engine-env": { env: "CODEX_API_ENGINE_ENV", arg: "NAMES", defaultText: "none", meaning: "more variable names the engine (and so the agent's commands) may inherit; see docs/security.md", group: "Engine" },
  "command-env-exclude": { env: "CODEX_API_COMMAND_ENV_EXCLUDE", arg: "PATTERNS", default: "*KEY*,*SECRET*,*TOKEN*,*PASSWORD*,*CREDENTIAL*", meaning: "name patterns of variables withheld from the agent's commands; none = only OPENAI_API_KEY is withheld", group: "Engine" },
  "log-level": { env: "CODEX_API_LOG_LEVEL", arg: "LEVEL", default: "warn", meaning: "fatal, error, warn, info, debug, trace or silent", group: "Logging" },
  "log-format": {
    env: "CODEX_API_LOG_FORMAT",
    arg: "FORMAT",
    defaultText: "pretty when stderr is a terminal, else json",
    meaning: "pretty (one readable line per entry, coloured on a terminal unless NO_COLOR is set) or json (one JSON object per line)",
    group: "Logging",
  },
  "log-content": { env: "CODEX_API_LOG_CONTENT", default: false, meaning: "also log prompt text and final answers (they may hold secrets)", group: "Logging" },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** Settings read only from the environment: a flag would show a secret in `ps`. */
export const ENVIRONMENT_ONLY = [
  { env: "CODEX_API_TOKEN", meaning: "shared secret every request but /healthz and /readyz must carry as Authorization: Bearer (at least 16 characters)" },
] as const;

const GROUPS: Group[] = ["Listening", "Workspace and policy", "Limits", "Timeouts", "Engine", "Logging"];
const entries = () => Object.entries(OPTIONS) as [OptionName, OptionSpec][];

export function isSwitch(name: OptionName): boolean {
  return (OPTIONS[name] as OptionSpec).arg === undefined;
}

/** The default as help and the README show it. */
export function shownDefault(spec: OptionSpec): string | undefined {
  if (spec.defaultText !== undefined) return spec.defaultText;
  return spec.default === undefined ? undefined : String(spec.default);
}

/** The options part of `codex-api --help`, by group. */
export function optionsHelp(width = 100): string {
  const lines: string[] = [];
  for (const group of GROUPS) {
    lines.push(`${group}:`);
    for (const [name, spec] of entries().filter(([, s]) => s.group === group)) {
      const flag = `--${name}${spec.arg === undefined ? "" : ` ${spec.arg}`}`;
      lines.push(`  ${flag.padEnd(36)} ${spec.env}`);
      const def = shownDefault(spec);
      for (const line of wrap(`${spec.meaning}${def === undefined ? "" : ` [default: ${def}]`}`, width - 6)) lines.push(`      ${line}`);
    }
    lines.push("");
  }
  lines.push("Environment only:");
  for (const { env, meaning } of ENVIRONMENT_ONLY) {
    lines.push(`  ${env}`);
    for (const line of wrap(meaning, width - 6)) lines.push(`      ${line}`);
  }
  return lines.join("\n");
}

/** The README's configuration table (between its `options` markers). */
export function optionsMarkdown(): string {
  const rows = entries().map(([name, spec]) => {
    const def = shownDefault(spec);
    return `| \`--${name}\` / \`${spec.env}\` | ${def === undefined ? "" : spec.defaultText === undefined ? `\`${def}\`` : def} | ${spec.meaning} |`;
  });
  const envRows = ENVIRONMENT_ONLY.map(({ env, meaning }) => `| \`${env}\` (environment only) | | ${meaning} |`);
  return ["| flag / variable | default | meaning |", "|---|---|---|", ...rows, ...envRows].join("\n");
}

/** The known option nearest to a mistyped one, if it is near enough to be a likely typo. */
export function suggestOption(typed: string): OptionName | undefined {
  return nearestName(typed, Object.keys(OPTIONS)) as OptionName | undefined;
}

/** The name in `names` nearest to a mistyped `--option`, if it is near enough to be a likely typo. */
export function nearestName(typed: string, names: readonly string[]): string | undefined {
  const bare = typed.replace(/^-+/, "").split("=")[0]!;
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(bare, name);
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best === undefined) return undefined;
  const near = best.distance <= Math.max(2, Math.floor(best.name.length / 4));
  const prefix = bare.length >= 3 && best.name.startsWith(bare);
  return near || prefix ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
