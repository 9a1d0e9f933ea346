// The options table against what the code does with it: the parser's defaults, the environment
// variables, --help, the README, and the command line's mistakes.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { README, withOptionsTable } from "../../scripts/render-readme.js";
import { OPTIONS, optionsHelp, suggestOption, type OptionName, type OptionSpec } from "../../src/config/options.js";
import { loadConfig, type ServerConfig } from "../../src/config/settings.js";
import { SECRET_PATTERNS } from "../../src/engine/launch.js";

const run = promisify(execFile);
const names = Object.keys(OPTIONS) as OptionName[];
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "codex-api-options-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** The config with nothing set but the workspace (so it does not depend on the cwd). */
function defaults(): ServerConfig {
  const loaded = loadConfig(["--workspace", dir], {});
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  return loaded.config;
}

describe("the options table", () => {
  it("is what the README's configuration table shows (npm run docs rewrites it)", () => {
    const readme = readFileSync(README, "utf8");
    expect(withOptionsTable(readme)).toBe(readme);
    for (const name of names) expect(readme).toContain(`| \`--${name}\` / \`${OPTIONS[name].env}\``);
  });

  it("gives --help every option with its variable, meaning and default", () => {
    const help = optionsHelp();
    for (const name of names) {
      const spec: OptionSpec = OPTIONS[name];
      const at = help.search(new RegExp(`\\n  --${name}[ \\n]`));
      expect([name, at]).not.toStrictEqual([name, -1]);
      const [head = "", ...rest] = help.slice(at + 1).split("\n");
      expect(head).toMatch(new RegExp(`^  --${name}\\b.* ${spec.env}$`));
      const described = rest.slice(0, rest.findIndex((line) => !line.startsWith("      "))).join(" ").replace(/\s+/g, " ");
      expect(described).toContain(spec.meaning.split(" ").slice(0, 4).join(" "));
      const shown = spec.defaultText ?? (spec.default === undefined ? undefined : String(spec.default));
      if (shown !== undefined) expect(described).toContain(`[default: ${shown}]`);
    }
  });

  it("states the defaults the parser really uses", () => {
    const config = defaults();
    const used: Partial<Record<OptionName, unknown>> = {
      host: config.host,
      port: config.port,
      tls: config.tls !== undefined,
      "insecure-no-auth": config.insecureNoAuth,
      "approval-policy": config.defaultApprovalPolicy,
      sandbox: config.defaultSandbox,
      "allowed-approval-policies": config.allowedApprovalPolicies.join(","),
      "allowed-sandboxes": config.allowedSandboxes.join(","),
      "max-frame-bytes": config.maxFrameBytes,
      "max-queued-bytes": config.maxQueuedBytes,
      "replay-frames": config.replayFrames,
      "replay-bytes": config.replayBytes,
      "replay-budget-bytes": config.replayBudgetBytes,
      "max-sessions": config.maxSessions,
      "max-new-sessions-per-second": config.maxNewSessionsPerSecond,
      "new-session-burst": config.newSessionBurst,
      "max-running-turns": config.maxRunningTurns,
      "max-streams-per-connection": config.maxStreamsPerConnection,
      "max-pending-approvals": config.maxPendingApprovals,
      "max-frames-per-second": config.maxFramesPerSecond,
      "frame-burst": config.frameBurst,
      "approval-timeout-ms": config.approvalTimeoutMs,
      "heartbeat-interval-ms": config.heartbeatIntervalMs,
      "session-ttl-ms": config.sessionTtlMs,
      "unused-session-ttl-ms": config.unusedSessionTtlMs,
      "turn-idle-timeout-ms": config.turnIdleTimeoutMs,
      "model-retry-timeout-ms": config.modelRetryTimeoutMs,
      "engine-request-timeout-ms": config.engineRequestTimeoutMs,
      "engine-read-interval-ms": config.engineReadIntervalMs,
      "engine-delta-join-ms": config.engineDeltaJoinMs,
      "shutdown-grace-ms": config.shutdownGraceMs,
      "log-level": config.logLevel,
      "log-content": config.logContent,
      // Defaults in words: "off", and "pretty when stderr is a terminal" (decided in main).
      "health-port": config.healthPort,
      "log-format": config.logFormat,
    };
    for (const name of names) {
      const spec: OptionSpec = OPTIONS[name];
      if (spec.default !== undefined && name in used) expect([name, used[name]]).toStrictEqual([name, spec.default]);
    }
    expect(config.heartbeatTimeoutMs).toBe(3 * config.heartbeatIntervalMs);
    expect([used["health-port"], OPTIONS["health-port"].defaultText]).toStrictEqual([undefined, "off"]);
    expect(used["log-format"]).toBeUndefined();
    expect(config.allowedRoots).toStrictEqual([config.workspace]);
    expect([config.instanceName, OPTIONS["instance-name"].defaultText]).toStrictEqual([hostname(), "the hostname"]);
    // The engine's patterns when none are given are the ones the table shows.
    expect(config.commandEnvExclude).toBeUndefined();
    expect(SECRET_PATTERNS.join(",")).toBe(OPTIONS["command-env-exclude"].default);
  });

  it("reads every option from its environment variable, and the flag wins", () => {
    const fromEnv = loadConfig(["--workspace", dir], { PORT: "9001", CODEX_API_MAX_SESSIONS: "7", CODEX_API_LOG_CONTENT: "yes" });
    expect(fromEnv.ok && [fromEnv.config.port, fromEnv.config.maxSessions, fromEnv.config.logContent]).toStrictEqual([9001, 7, true]);
    const flagWins = loadConfig(["--workspace", dir, "--port", "9002", "--no-log-content"], { PORT: "9001", CODEX_API_LOG_CONTENT: "yes" });
    expect(flagWins.ok && [flagWins.config.port, flagWins.config.logContent]).toStrictEqual([9002, false]);
    const envs = names.map((name) => OPTIONS[name].env);
    expect(new Set(envs).size).toBe(envs.length);
  });
});

describe("--health-port", () => {
  it("takes a port (0 = any free one), from the flag or the environment", () => {
    const loaded = loadConfig(["--workspace", dir, "--health-port", "0"], {});
    expect(loaded.ok && loaded.config.healthPort).toBe(0);
    const fromEnv = loadConfig(["--workspace", dir], { CODEX_API_HEALTH_PORT: "9090" });
    expect(fromEnv.ok && fromEnv.config.healthPort).toBe(9090);
  });

  it.each([
    [["--health-port", "http"], "--health-port / CODEX_API_HEALTH_PORT=http must be an integer from 0 to 65535"],
    [["--health-port", "70000"], "--health-port / CODEX_API_HEALTH_PORT=70000 must be an integer from 0 to 65535"],
    [["--port", "8080", "--health-port", "8080"], "--health-port / CODEX_API_HEALTH_PORT=8080 is also --port / PORT: give the health checks a port of their own (or 0 for any free one)"],
  ])("%j → %s", (argv, message) => {
    expect(loadConfig(["--workspace", dir, ...argv], {})).toStrictEqual({ ok: false, errors: [message] });
  });

  it("lets both ports be 0 (two different free ports)", () => {
    expect(loadConfig(["--workspace", dir, "--port", "0", "--health-port", "0"], {}).ok).toBe(true);
  });
});

describe("--instance-name", () => {
  it("is the codex-instance header's value, from the flag or the environment", () => {
    const loaded = loadConfig(["--workspace", dir, "--instance-name", "pod-7"], { CODEX_API_INSTANCE_NAME: "pod-9" });
    expect(loaded.ok && loaded.config.instanceName).toBe("pod-7");
    const fromEnv = loadConfig(["--workspace", dir], { CODEX_API_INSTANCE_NAME: "pod-9" });
    expect(fromEnv.ok && fromEnv.config.instanceName).toBe("pod-9");
  });

  it.each([" pod", "pod\u00e9", "x".repeat(257)])("refuses %j, which is no header value it can send", (value) => {
    expect(loadConfig(["--workspace", dir, "--instance-name", value], {})).toStrictEqual({
      ok: false,
      errors: [`--instance-name / CODEX_API_INSTANCE_NAME=${JSON.stringify(value)} must be 1 to 256 printable ASCII characters (it is sent as the codex-instance header)`],
    });
  });
});

describe("--log-format", () => {
  it("is pretty or json, from the flag or the environment; unset, main decides by the terminal", () => {
    const loaded = loadConfig(["--workspace", dir, "--log-format", "pretty"], { CODEX_API_LOG_FORMAT: "json" });
    expect(loaded.ok && loaded.config.logFormat).toBe("pretty");
    const fromEnv = loadConfig(["--workspace", dir], { CODEX_API_LOG_FORMAT: "json" });
    expect(fromEnv.ok && fromEnv.config.logFormat).toBe("json");
    expect(loadConfig(["--workspace", dir, "--log-format", "text"], {})).toStrictEqual({ ok: false, errors: ["--log-format / CODEX_API_LOG_FORMAT=text must be one of pretty, json"] });
  });
});

describe("command-line mistakes", () => {
  it.each([
    [["--prot", "1"], "unknown option --prot; did you mean --port?"],
    [["--max-session", "5"], "unknown option --max-session; did you mean --max-sessions?"],
    [["--aproval-timeout-ms=5"], "unknown option --aproval-timeout-ms; did you mean --approval-timeout-ms?"],
    [["--frobnicate"], "unknown option --frobnicate"],
    [["--tls=yes"], "--tls is a switch and takes no value (use --tls or --no-tls)"],
    [["--port"], "--port needs a value (it is the last argument)"],
    [["serve"], 'unexpected argument "serve": codex-api takes only options (--name value)'],
  ])("%j → %s", (argv, message) => {
    const loaded = loadConfig(argv, {});
    expect(loaded).toStrictEqual({ ok: false, errors: [message] });
  });

  it("suggests nothing for a name far from every option", () => {
    expect(suggestOption("--colour")).toBeUndefined();
  });
});

describe("TLS files", () => {
  let key = "";
  let cert = "";
  let otherKey = "";
  beforeAll(async () => {
    key = join(dir, "key.pem");
    cert = join(dir, "cert.pem");
    otherKey = join(dir, "other-key.pem");
    await run("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost"]);
    await run("openssl", ["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", otherKey]);
  });
  const tls = (k: string, c: string) => loadConfig(["--workspace", dir, "--tls", "--tls-key", k, "--tls-cert", c], {});

  it("accepts a matching key and certificate", () => {
    expect(tls(key, cert).ok).toBe(true);
  });

  it("names the file when key and certificate are swapped", () => {
    const loaded = tls(cert, key);
    expect(loaded.ok).toBe(false);
    const errors = loaded.ok ? [] : loaded.errors;
    expect(errors.find((e) => e.startsWith("--tls-key"))).toContain(`${cert} is not a PEM private key (it holds a certificate: is it the --tls-cert file?)`);
    expect(errors.find((e) => e.startsWith("--tls-cert"))).toContain(`${key} is not a PEM certificate (it holds a private key: is it the --tls-key file?)`);
  });

  it("names both files when the key is not the certificate's", () => {
    expect(tls(otherKey, cert)).toStrictEqual({
      ok: false,
      errors: [`--tls-key / CODEX_API_TLS_KEY_PATH ${otherKey} is not the private key of --tls-cert / CODEX_API_TLS_CERT_PATH ${cert}`],
    });
  });

  it("names a file that is neither", async () => {
    const junk = join(dir, "junk.pem");
    await writeFile(junk, "not pem at all\n");
    const loaded = tls(junk, cert);
    expect(loaded.ok === false && loaded.errors[0]).toMatch(new RegExp(`^--tls-key / CODEX_API_TLS_KEY_PATH: ${junk} is not a PEM private key: `));
  });
});
