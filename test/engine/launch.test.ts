import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveCodexBinary } from "../../src/engine/codex-binary.js";
import { writeModelCatalog } from "../../src/engine/engine-catalog.js";
import { buildLaunch, configChoosesProvider, resolveCodexHome, tomlValue, type LaunchInput } from "../../src/engine/launch.js";

const binary = { path: "/opt/codex/bin/codex", pathDir: "/opt/codex/codex-path" };
const noHome = { hasLogin: false, configToml: null };

function launch(overrides: Partial<LaunchInput> = {}) {
  return buildLaunch({ binary, env: { HOME: "/home/op", PATH: "/usr/bin" }, home: noHome, ...overrides });
}

/** The `-c` overrides as a key → raw TOML value map. */
function config(args: string[]): Record<string, string> {
  const entries: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== "-c") continue;
    const pair = args[++i]!;
    const at = pair.indexOf("=");
    entries[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return entries;
}

describe("codex home", () => {
  it("is the explicit one, else $CODEX_HOME, else ~/.codex", () => {
    expect(resolveCodexHome("/tmp/h", { CODEX_HOME: "/x", HOME: "/home/op" })).toBe("/tmp/h");
    expect(resolveCodexHome(undefined, { CODEX_HOME: "/x", HOME: "/home/op" })).toBe("/x");
    expect(resolveCodexHome(undefined, { HOME: "/home/op" })).toBe("/home/op/.codex");
    expect(() => resolveCodexHome(undefined, {})).toThrow(/codex home/);
  });
});

describe("buildLaunch", () => {
  it("runs the native binary's app-server with the lean keys", () => {
    const result = launch();
    expect(result.command).toBe(binary.path);
    expect(result.args[0]).toBe("app-server");
    expect(config(result.args)).toEqual({
      "features.plugins": "false",
      check_for_update_on_startup: "false",
      "analytics.enabled": "false",
      "feedback.enabled": "false",
      "features.shell_snapshot": "false",
      allow_login_shell: "false",
      suppress_unstable_features_warning: "true",
      "features.default_mode_request_user_input": "true",
      "shell_environment_policy.inherit": '"all"',
      "shell_environment_policy.ignore_default_excludes": "false",
      "shell_environment_policy.exclude": '["*KEY*", "*SECRET*", "*TOKEN*", "*PASSWORD*", "*CREDENTIAL*", "OPENAI_API_KEY"]',
    });
    expect(result.args).not.toContain("--strict-config");
  });

  it("passes the allowlisted environment on, with CODEX_HOME, a quiet RUST_LOG, loopback in NO_PROXY and the rg folder on PATH", () => {
    const { env, codexHome } = launch({ env: { HOME: "/home/op", PATH: "/usr/bin", LANG: "C.UTF-8", UNSET: undefined } });
    expect(codexHome).toBe("/home/op/.codex");
    expect(env).toEqual({
      HOME: "/home/op",
      LANG: "C.UTF-8",
      CODEX_HOME: "/home/op/.codex",
      RUST_LOG: "error",
      NO_PROXY: "127.0.0.1,localhost",
      PATH: "/opt/codex/codex-path:/usr/bin",
    });
  });

  it("keeps codex-api's token and settings, and every variable not on the allowlist, from the engine", () => {
    const { env } = launch({
      env: {
        HOME: "/home/op",
        PATH: "/usr/bin",
        LC_ALL: "C.UTF-8",
        HTTPS_PROXY: "http://proxy:3128",
        CODEX_API_TOKEN: "token-0123456789abcdef",
        CODEX_API_WORKSPACE: "/srv/repo",
        AWS_SECRET_ACCESS_KEY: "aws-secret",
        DATABASE_URL: "postgres://u:p@db/x",
        OPENAI_API_KEY: "sk-unused", // a scripted model is used: the engine needs no key
      },
      scriptedModel: { url: "http://127.0.0.1:4000/v1", slug: "s", catalogPath: "/c" },
    });
    expect(Object.keys(env).sort()).toEqual(["CODEX_HOME", "HOME", "HTTPS_PROXY", "LC_ALL", "NO_PROXY", "PATH", "RUST_LOG"]);
  });

  it("passes the variables the operator names on, but never one of codex-api's own", () => {
    const { env } = launch({ env: { HOME: "/h", GOPATH: "/go", CODEX_API_TOKEN: "t".repeat(20), JAVA_HOME: "/jvm" }, engineEnv: ["GOPATH", "CODEX_API_TOKEN"] });
    expect(env.GOPATH).toBe("/go");
    expect(env).not.toHaveProperty("CODEX_API_TOKEN");
    expect(env).not.toHaveProperty("JAVA_HOME");
  });

  it("lets the operator replace the patterns kept from commands, but the provider key stays excluded", () => {
    const exclude = (patterns: string[]) => config(launch({ commandEnvExclude: patterns }).args)["shell_environment_policy.exclude"];
    expect(exclude(["*KEY*", "GITHUB_*"])).toBe('["*KEY*", "GITHUB_*", "OPENAI_API_KEY"]');
    expect(exclude([])).toBe('["OPENAI_API_KEY"]');
  });

  it("merges both spellings of the operator's no-proxy list into NO_PROXY", () => {
    const { env } = launch({ env: { HOME: "/h", NO_PROXY: "corp.example", no_proxy: "10.0.0.0/8" } });
    expect(env.NO_PROXY).toBe("corp.example,10.0.0.0/8,127.0.0.1,localhost");
  });

  it("lets the caller, else $RUST_LOG, choose the engine's log level", () => {
    expect(launch({ engineLogLevel: "warn" }).env.RUST_LOG).toBe("warn");
    expect(launch({ env: { HOME: "/h", RUST_LOG: "info" } }).env.RUST_LOG).toBe("info");
  });

  it("lets the operator's overrides replace ours", () => {
    const { args } = launch({ configOverrides: { "features.shell_snapshot": true, "sandbox_workspace_write.writable_roots": ["/srv"] } });
    expect(config(args)["features.shell_snapshot"]).toBe("true");
    expect(config(args)["sandbox_workspace_write.writable_roots"]).toBe('["/srv"]');
    expect(args).not.toContain("features.shell_snapshot=false");
  });

  it("points a scripted model at its URL and catalog, with no retries", () => {
    const { args } = launch({ scriptedModel: { url: "http://127.0.0.1:4000/v1", slug: "scripted", catalogPath: "/tmp/h/catalog.json" } });
    expect(config(args)).toMatchObject({
      model_provider: '"codex_api_scripted"',
      "model_providers.codex_api_scripted.base_url": '"http://127.0.0.1:4000/v1"',
      "model_providers.codex_api_scripted.wire_api": '"responses"',
      "model_providers.codex_api_scripted.request_max_retries": "0",
      "model_providers.codex_api_scripted.stream_max_retries": "0",
      "features.unbounded_connection_retries": "false",
      model: '"scripted"',
      model_catalog_json: '"/tmp/h/catalog.json"',
    });
  });

  describe("OPENAI_API_KEY", () => {
    const withKey = { HOME: "/h", OPENAI_API_KEY: "sk-secret" };

    it("is used through a provider that names it, when nothing else decides how to authenticate", () => {
      const { args, env } = launch({ env: withKey });
      expect(config(args)).toMatchObject({
        model_provider: '"codex_api_openai"',
        "model_providers.codex_api_openai.base_url": '"https://api.openai.com/v1"',
        "model_providers.codex_api_openai.wire_api": '"responses"',
        "model_providers.codex_api_openai.env_key": '"OPENAI_API_KEY"',
      });
      // Only the variable's name is on the command line; the value stays in the environment.
      expect(args.join(" ")).not.toContain("sk-secret");
      expect(env.OPENAI_API_KEY).toBe("sk-secret");
    });

    it("is left alone when the operator is logged in, chose a provider, or a scripted model is used", () => {
      const hasProvider = (input: Partial<LaunchInput>) => "model_provider" in config(launch({ env: withKey, ...input }).args);
      expect(hasProvider({ home: { hasLogin: true, configToml: null } })).toBe(false);
      expect(hasProvider({ home: { hasLogin: false, configToml: 'model_provider = "azure"\n' } })).toBe(false);
      expect(hasProvider({ home: { hasLogin: false, configToml: 'profile = "work"\n' } })).toBe(false);
      expect(hasProvider({ configOverrides: { model_provider: "ollama" } })).toBe(true);
      expect(config(launch({ env: withKey, configOverrides: { model_provider: "ollama" } }).args).model_provider).toBe('"ollama"');
      expect(config(launch({ env: withKey, scriptedModel: { url: "http://x/v1", slug: "s", catalogPath: "/c" } }).args).model_provider).toBe(
        '"codex_api_scripted"',
      );
      expect(hasProvider({ env: { HOME: "/h", OPENAI_API_KEY: "" } })).toBe(false);
      expect(hasProvider({ home: { hasLogin: false, configToml: 'model = "gpt-5.5"\n[model_providers.x]\nmodel_provider = "x"\n' } })).toBe(true);
    });
  });
});

describe("configChoosesProvider", () => {
  it("looks at top-level keys only", () => {
    expect(configChoosesProvider('model_provider = "azure"')).toBe(true);
    expect(configChoosesProvider('  openai_base_url = "https://proxy"')).toBe(true);
    expect(configChoosesProvider('model = "x"\n[profiles.work]\nmodel_provider = "azure"\n')).toBe(false);
    expect(configChoosesProvider("# model_provider = \"x\"\n")).toBe(false);
  });
});

describe("tomlValue", () => {
  it("writes TOML literals for -c", () => {
    expect(tomlValue('a "quoted"\nline', "k")).toBe('"a \\"quoted\\"\\nline"');
    expect(tomlValue(3, "k")).toBe("3");
    expect(tomlValue([true, "x"], "k")).toBe('[true, "x"]');
    expect(tomlValue({ enabled: false, "odd key": 1 }, "k")).toBe('{enabled = false, "odd key" = 1}');
    expect(() => tomlValue(Number.NaN, "k")).toThrow(/finite/);
  });
});

describe("the pinned engine", () => {
  const run = promisify(execFile);
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), "codex-home-"));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  /** `--strict-config --print-startup-config` rejects any unknown -c key and exits without serving. */
  async function strictCheck(args: string[], env: Record<string, string>): Promise<void> {
    try {
      await run(args[0]!, [...args.slice(1), "--strict-config", "--print-startup-config"], { env, timeout: 20_000 });
    } catch (error) {
      // The reason is printed as JSON on stdout.
      throw new Error(`${(error as { stdout?: string }).stdout ?? ""}${(error as Error).message}`);
    }
  }

  it("knows every key codex-api sets (a misspelt one would only warn at run time)", async () => {
    const real = resolveCodexBinary();
    const inputs: Partial<LaunchInput>[] = [
      {},
      { env: { HOME: home, OPENAI_API_KEY: "sk-test" } },
      { scriptedModel: { url: "http://127.0.0.1:9/v1", slug: "scripted", catalogPath: await writeModelCatalog(real, {}, home, "scripted") } },
    ];
    for (const input of inputs) {
      const result = buildLaunch({ binary: real, env: { HOME: home }, codexHome: home, home: noHome, ...input });
      await strictCheck([result.command, ...result.args], result.env);
    }
  });

  // Why codex-api does not run the engine with --strict-config: one stale key in the operator's
  // own config.toml (say, from another Codex version) would keep the engine from starting at all.
  it("would refuse an operator's config.toml holding a key it does not know under --strict-config", async () => {
    const real = resolveCodexBinary();
    await writeFile(join(home, "config.toml"), 'model = "gpt-5.5"\nsome_retired_setting = true\n');
    const result = buildLaunch({ binary: real, env: { HOME: home }, codexHome: home, home: noHome });
    await expect(strictCheck([result.command, ...result.args], result.env)).rejects.toThrow(/unknown configuration field `some_retired_setting`/);
  });

  it("rejects an unknown key under --strict-config, so the check above can fail", async () => {
    const real = resolveCodexBinary();
    const result = buildLaunch({ binary: real, env: { HOME: home }, codexHome: home, home: noHome, configOverrides: { "feedbak.enabled": false } });
    await expect(strictCheck([result.command, ...result.args], result.env)).rejects.toThrow(/unknown configuration field `feedbak`/);
  });
});

describe("engine stderr levels", () => {
  it("logs the engine's known-harmless start notices at info with what they mean, real errors at error", async () => {
    const { stderrEntry } = await import("../../src/engine/engine-log.js");
    const bwrap = "\u001b[31m2026-11-24T13:47:47Z ERROR\u001b[0m codex_app_server: Codex could not find bubblewrap on PATH. Install bubblewrap";
    expect(stderrEntry(bwrap)).toMatchObject({ level: "info", message: expect.stringContaining("bundled with @openai/codex, which works") });
    expect(stderrEntry(bwrap).message).not.toContain("\u001b");
    const aliases = 'WARNING: proceeding, even though we could not create PATH aliases: Refusing to create helper binaries under temporary dir "/tmp"';
    expect(stderrEntry(aliases)).toMatchObject({ level: "info", message: expect.stringContaining("CODEX_HOME is under a temporary directory") });
    const denied = '2026-12-02T05:10:00Z ERROR codex_core::tools::router: error=exec_command failed: CreateProcess { message: "Rejected(\\"rejected by user\\")" }';
    expect(stderrEntry(denied)).toMatchObject({ level: "info", message: expect.stringContaining("a prompt was denied") });
    expect(stderrEntry("2026-11-24T13:47:47Z ERROR codex_core: stream failed").level).toBe("error");
    expect(stderrEntry("2026-11-24T13:47:47Z WARN codex_core: retrying").level).toBe("warn");
  });
});
