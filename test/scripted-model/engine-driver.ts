// A minimal JSON-RPC-over-stdio client for the real `codex app-server`, for tests that run the
// engine against the scripted model. Test-only: src/engine owns the production adapter.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { resolveCodexBinary } from "../../src/engine/codex-binary.js";
import { catalogFromDebugModels } from "../../src/scripted-model/index.js";

/** The `-c` overrides that point the engine at a scripted model; docs/scripted-model.md lists them too. */
function providerConfig(modelUrl: string, modelSlug: string, catalogPath: string): string[] {
  return [
    `model_provider="scripted"`,
    `model_providers.scripted.name="scripted"`,
    `model_providers.scripted.base_url="${modelUrl}"`,
    `model_providers.scripted.wire_api="responses"`,
    `model_providers.scripted.request_max_retries=0`,
    `model_providers.scripted.stream_max_retries=0`,
    `model="${modelSlug}"`,
    `model_catalog_json="${catalogPath}"`,
  ];
}

/** No outbound traffic, no login shell, no snapshot, fewer tools and injected context (docs/engine-notes.md §6). */
const QUIET_CONFIG = [
  "features.plugins=false",
  "features.shell_snapshot=false",
  "allow_login_shell=false",
  "features.unbounded_connection_retries=false",
  "check_for_update_on_startup=false",
  "analytics.enabled=false",
  "feedback.enabled=false",
  `history.persistence="none"`,
  `web_search="disabled"`,
  "features.multi_agent=false",
  "features.goals=false",
  "skills.bundled.enabled=false",
  "include_environment_context=false",
  "suppress_unstable_features_warning=true",
];

export interface Notification {
  method: string;
  params: Record<string, any>;
}

export interface ServerRequest extends Notification {
  id: number | string;
}

interface Pending {
  resolve: (result: any) => void;
  reject: (error: Error) => void;
}

interface Waiter {
  matches: (notification: Notification) => boolean;
  resolve: (params: Record<string, any>) => void;
  reject: (error: Error) => void;
}

const run = promisify(execFile);

export class EngineDriver {
  /** Every notification received, in order. */
  readonly notifications: Notification[] = [];
  /** Every server→client request received (approvals), in order. */
  readonly serverRequests: ServerRequest[] = [];
  /** Answers server→client requests; unset, they get a JSON-RPC error. */
  onServerRequest: ((request: ServerRequest) => unknown) | undefined;

  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<Waiter>();
  private stderr = "";
  private exited = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly codexHome: string,
  ) {
    createInterface({ input: child.stdout }).on("line", (line) => this.receive(line));
    child.stderr.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString("utf8")).slice(-4_000);
    });
    child.once("exit", (code, signal) => {
      this.exited = true;
      this.failAll(new Error(`codex app-server exited (code ${code}, signal ${signal}); stderr: ${this.stderr}`));
    });
    child.once("error", (error) => {
      // A failed spawn never emits "exit".
      if (child.pid === undefined) this.exited = true;
      this.failAll(error);
    });
    // A write after the process died; the exit handler reports it.
    child.stdin.on("error", () => undefined);
  }

  /** Spawns app-server on a fresh CODEX_HOME pointed at the model, and initializes it. */
  static async start(modelUrl: string, modelSlug: string, extraConfig: string[] = []): Promise<EngineDriver> {
    const binary = resolveCodexBinary();
    const codexHome = await mkdtemp(join(tmpdir(), "scripted-model-codex-home-"));
    const env = {
      ...process.env,
      CODEX_HOME: codexHome,
      RUST_LOG: "off",
      NO_PROXY: "127.0.0.1,localhost",
      no_proxy: "127.0.0.1,localhost",
      PATH: `${binary.pathDir}${delimiter}${process.env.PATH ?? ""}`,
    };
    try {
      const models = await run(binary.path, ["debug", "models"], { env, timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
      const catalogPath = join(codexHome, "model-catalog.json");
      await writeFile(catalogPath, JSON.stringify(catalogFromDebugModels(models.stdout, modelSlug)));
      const config = [...providerConfig(modelUrl, modelSlug, catalogPath), ...QUIET_CONFIG, ...extraConfig];
      const args = ["app-server", "--strict-config", ...config.flatMap((entry) => ["-c", entry])];
      const driver = new EngineDriver(spawn(binary.path, args, { env, stdio: ["pipe", "pipe", "pipe"] }), codexHome);
      try {
        await driver.request("initialize", { clientInfo: { name: "scripted-model-test", title: null, version: "0" } });
      } catch (error) {
        await driver.close();
        throw error;
      }
      driver.notify("initialized");
      return driver;
    } catch (error) {
      await rm(codexHome, { recursive: true, force: true });
      throw error;
    }
  }

  request<T = any>(method: string, params?: unknown, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no response in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params });
  }

  /** The first notification (already received or still to come) with this method that `matches`. */
  waitFor(method: string, matches: (params: Record<string, any>) => boolean = () => true, timeoutMs = 30_000): Promise<Record<string, any>> {
    const test = (notification: Notification): boolean => notification.method === method && matches(notification.params);
    const seen = this.notifications.find(test);
    if (seen !== undefined) return Promise.resolve(seen.params);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        matches: test,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const methods = this.notifications.map((notification) => notification.method).join(", ");
        reject(new Error(`no ${method} in ${timeoutMs} ms; received: ${methods}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** stdin EOF, then SIGTERM, then SIGKILL (the engine exits on EOF in ~0.1 s; docs/engine-notes.md §0). */
  async close(): Promise<void> {
    if (!this.exited) {
      const exit = once(this.child, "exit");
      this.child.stdin.end();
      for (const signal of ["SIGTERM", "SIGKILL"] as const) {
        const timer = new Promise((resolve) => setTimeout(resolve, 3_000).unref());
        if ((await Promise.race([exit.then(() => "exited"), timer])) === "exited") break;
        this.child.kill(signal);
      }
      await exit;
    }
    await rm(this.codexHome, { recursive: true, force: true });
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters.clear();
  }

  private send(message: Record<string, unknown>): void {
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  private receive(line: string): void {
    const message = JSON.parse(line) as { id?: number | string; method?: string; params?: any; result?: unknown; error?: { code: number; message: string } };
    if (message.method !== undefined && message.id !== undefined) {
      const request: ServerRequest = { id: message.id, method: message.method, params: message.params ?? {} };
      this.serverRequests.push(request);
      void this.answer(request);
    } else if (message.method !== undefined) {
      const notification: Notification = { method: message.method, params: message.params ?? {} };
      this.notifications.push(notification);
      for (const waiter of this.waiters) {
        if (waiter.matches(notification)) {
          this.waiters.delete(waiter);
          waiter.resolve(notification.params);
        }
      }
    } else if (typeof message.id === "number") {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) pending?.reject(new Error(`JSON-RPC ${message.error.code}: ${message.error.message}`));
      else pending?.resolve(message.result);
    }
  }

  private async answer(request: ServerRequest): Promise<void> {
    if (this.onServerRequest === undefined) {
      this.send({ id: request.id, error: { code: -32601, message: `the test does not answer ${request.method}` } });
      return;
    }
    this.send({ id: request.id, result: await this.onServerRequest(request) });
  }
}
