// A real proxy in front of real instances (docs/routing.md): HAProxy 2.6 speaking HTTP/2 on both
// sides, hashing `codex-session-id` consistently onto three codex-api instances (real servers,
// real engine, the scripted model), all on 127.0.0.1 with ports chosen now. Raw HTTP/2 clients
// through the proxy: every stream of a session reaches one instance, a resume after a dropped
// connection lands on the same instance with no gap in seq, and stopping one instance ends its
// sessions' streams with `terminate` (shutdown) while the other instances' sessions finish. The
// TypeScript client library sends the header itself: its automatic resume stays on the instance.
// Needs the `haproxy` binary (Debian package `haproxy`; .ci/run installs it).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandPromptFrame, ServerFrame, SessionFrame, StatusFrame, TerminateFrame } from "../../generated/types.js";
import type { Script } from "../../src/scripted-model/index.js";
import { connect } from "../../src/client/index.js";
import { TcpProxy } from "../client/tcp-proxy.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";
import { unusedPort } from "../support/ports.js";
import { isHistory } from "../support/history-frames.js";

const HAPROXY = "haproxy";
const INSTANCES = 3;
const SESSIONS = 30;
/** Sessions whose connection to the proxy is destroyed mid-turn, then resumed through it. */
const DROPPED = 6;
/** Sessions run with the TypeScript client library, each through a reset and a reopen. */
const LIBRARY_SESSIONS = 6;

const SCRIPT: Script = {
  turns: [
    {
      match: "^routed",
      responses: [[{ type: "exec", command: "echo routed-ok", escalate: true, justification: "prove the approval round trip" }], [{ type: "text", text: "Done." }]],
    },
  ],
};


function haproxyVersion(): string {
  const found = spawnSync(HAPROXY, ["-v"], { encoding: "utf8" });
  if (found.error !== undefined) throw new Error(`this test needs HAProxy 2.6+ on PATH (apt-get install haproxy): ${found.error.message}`);
  return found.stdout.split("\n")[0] ?? "";
}


function haproxyConfig(port: number, backends: { name: string; port: number }[]): string {
  return [
    "global",
    "  maxconn 1000",
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    // A stream is open for as long as its session runs turns: long inactivity limits. The server's
    // heartbeats (every --heartbeat-interval-ms) keep an idle stream well inside them.
    "  timeout client 120s",
    "  timeout server 120s",
    "  timeout tunnel 1h",
    "frontend agents",
    `  bind 127.0.0.1:${port} proto h2`,
    "  default_backend codex_api",
    "backend codex_api",
    "  balance hdr(codex-session-id)",
    "  hash-type consistent",
    ...backends.map((b) => `  server ${b.name} 127.0.0.1:${b.port} proto h2`),
    "",
  ].join("\n");
}

/** Starts HAProxy in the foreground (master-worker) and resolves once it says it loaded. */
async function startHaproxy(configPath: string): Promise<{ child: ChildProcess; stderr: () => string; stop: () => Promise<void> }> {
  const child = spawn(HAPROXY, ["-W", "-db", "-f", configPath], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`haproxy did not load within 10 s:\n${stderr}`)), 10_000);
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (stderr.includes("Loading success.")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`haproxy exited (${code}) before it loaded:\n${stderr}`));
    });
  });
  return {
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

describe(`HAProxy (${haproxyVersion()}) in front of ${INSTANCES} instances, routing on codex-session-id`, () => {
  let dir: string;
  const instances: TestServer[] = [];
  const stopped = new Set<number>();
  let haproxy: Awaited<ReturnType<typeof startHaproxy>>;
  let proxyUrl: string;
  const streams: RawStream[] = [];
  /** Session id → the instance that answered its first stream. */
  const instanceOf = new Map<string, string>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "codex-api-haproxy-"));
    for (let i = 0; i < INSTANCES; i++) {
      instances.push(await startTestServer(SCRIPT, ["--approval-policy", "untrusted", "--instance-name", `codex-${i}`, "--shutdown-grace-ms", "0"]));
    }
    const port = await unusedPort();
    const configPath = join(dir, "haproxy.cfg");
    await writeFile(configPath, haproxyConfig(port, instances.map((s, i) => ({ name: `codex-${i}`, port: s.api.port }))));
    haproxy = await startHaproxy(configPath);
    proxyUrl = `http://127.0.0.1:${port}`;
  }, 120_000);

  afterAll(async () => {
    for (const s of streams) s.close();
    await haproxy?.stop();
    await Promise.all(instances.map((s, i) => (stopped.has(i) ? undefined : s.close())));
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  /** A stream through the proxy, with the session's id in the routing header. */
  function open(sessionId: string): RawStream {
    const stream = RawStream.open(proxyUrl, { headers: { "codex-session-id": sessionId } });
    streams.push(stream);
    return stream;
  }

  async function bind(sessionId: string, frame: object): Promise<{ stream: RawStream; session: SessionFrame; instance: string }> {
    const stream = open(sessionId);
    stream.send(frame);
    const answer = await stream.next((f) => f.type === "session" || f.type === "error", 30_000);
    expect([sessionId, answer.type, answer.type === "error" ? answer.message : ""]).toStrictEqual([sessionId, "session", ""]);
    const session = answer as SessionFrame;
    expect(session.sessionId).toBe(sessionId);
    const instance = String(stream.responseHeaders?.["codex-instance"]);
    return { stream, session, instance };
  }

  /** History frames (the ones with a per-session seq) of a stream, from index `from`. */
  const history = (stream: RawStream, from = 0) => stream.frames.slice(from).filter(isHistory);

  async function approveAndFinish(stream: RawStream, sessionId: string, prompt: CommandPromptFrame): Promise<StatusFrame> {
    stream.send({ type: "approve", sessionId, commandId: prompt.commandId, decision: "allow" });
    return stream.next<StatusFrame>(isTerminal, 60_000);
  }

  /** One session: a turn with an approval; `drop` destroys the connection at the prompt and resumes. */
  async function runSession(sessionId: string, drop: boolean): Promise<void> {
    // No sessionId in the frame: the header's id is the session's.
    const first = await bind(sessionId, { type: "open_session" });
    instanceOf.set(sessionId, first.instance);
    first.stream.send({ type: "user_message", content: `routed turn of ${sessionId}` });
    const prompt = await first.stream.next<CommandPromptFrame>((f) => f.type === "command_prompt", 60_000);
    let last = first;
    let seen: ServerFrame[];
    if (drop) {
      // Claim to have seen only up to the turn's start: the prompt must be replayed.
      const started = history(first.stream).find((f) => f.type === "status")!;
      const lastSeq = started.seq;
      first.stream.session.destroy();
      const again = await bind(sessionId, { type: "open_session", sessionId, lastSeq });
      expect(again.session).toMatchObject({ resumed: true });
      expect([sessionId, again.instance]).toStrictEqual([sessionId, first.instance]);
      const replayed = await again.stream.next<CommandPromptFrame>((f) => f.type === "command_prompt", 30_000);
      expect(replayed).toStrictEqual(prompt);
      seen = [...history(first.stream).filter((f) => f.seq <= lastSeq)];
      last = again;
    } else seen = [];
    const status = await approveAndFinish(last.stream, sessionId, prompt);
    expect([sessionId, status.state, status.finalMessage]).toStrictEqual([sessionId, "completed", "Done."]);
    seen.push(...history(last.stream));
    // One history, numbered 1, 2, 3… with no gap and no repeat across the two streams.
    expect([sessionId, seen.map((f) => f.seq)]).toStrictEqual([sessionId, seen.map((_, i) => i + 1)]);
    expect(seen.filter((f) => f.type === "error")).toStrictEqual([]);
    last.stream.endRequest();
    const end = await last.stream.next<TerminateFrame>((f) => f.type === "terminate", 30_000);
    expect(end.reason).toBe("client_closed");
  }

  it(`runs ${SESSIONS} sessions through the proxy, each on one instance; ${DROPPED} resume after a dropped connection with no gap`, async () => {
    const ids = Array.from({ length: SESSIONS }, (_, i) => `routed-${i}`);
    await Promise.all(ids.map((id, i) => runSession(id, i < DROPPED)));
    // The proxy spread them over every instance, and each instance holds exactly the sessions
    // its header claimed: a stream routed elsewhere would have made a session there.
    const names = instances.map((_, i) => `codex-${i}`);
    for (const [i, name] of names.entries()) {
      const mine = ids.filter((id) => instanceOf.get(id) === name);
      expect([name, mine.length > 0]).toStrictEqual([name, true]);
      expect([name, instances[i]!.api.core.stats().sessions]).toStrictEqual([name, mine.length]);
    }
    expect(ids.filter((id) => !names.includes(instanceOf.get(id)!))).toStrictEqual([]);
  }, 240_000);

  it("the TypeScript client library sends the header: its automatic resume after a reset and a later reopen land on the session's instance", async () => {
    // The library behind a TCP proxy that can break its connection to HAProxy.
    const edge = await TcpProxy.start(proxyUrl);
    const connection = await connect(edge.url);
    try {
      const before = instances.map((s) => s.api.core.stats().sessions);
      const ids = Array.from({ length: LIBRARY_SESSIONS }, (_, i) => `library-${i}`);
      for (const sessionId of ids) {
        const reconnected: SessionFrame[] = [];
        const session = await connection.openSession({ sessionId, onReconnect: (frame) => reconnected.push(frame) });
        expect([sessionId, session.resumed]).toStrictEqual([sessionId, false]);
        const result = await session.run(`routed library turn of ${sessionId}`, {
          onPrompt: () => {
            // The connection to HAProxy is reset at the prompt: the answer waits for the resume.
            edge.cut("reset");
            return "allow";
          },
        });
        expect([sessionId, result.status, result.finalMessage]).toStrictEqual([sessionId, "completed", "Done."]);
        expect([sessionId, reconnected.map((f) => [f.resumed, f.replay?.lost])]).toStrictEqual([sessionId, [[true, 0]]]);
        expect([sessionId, session.gaps]).toStrictEqual([sessionId, []]);
        await session.close();
        // A later stream of the session, on the library's redialled connection.
        const again = await connection.openSession({ sessionId });
        expect([sessionId, again.resumed]).toStrictEqual([sessionId, true]);
        await again.close();
      }
      // Each library session made exactly one session, on one instance: a resume or reopen routed
      // elsewhere would have made a second one there (or failed with session_expired).
      const after = instances.map((s) => s.api.core.stats().sessions);
      expect(after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)).toBe(LIBRARY_SESSIONS);
    } finally {
      await connection.close();
      await edge.close();
    }
  }, 240_000);

  it("stopping one instance ends its sessions' streams with terminate (shutdown), a resume then gets 503 from the proxy, and the other sessions finish", async () => {
    expect(instanceOf.size).toBe(SESSIONS);
    const victimIndex = 0;
    const victim = `codex-${victimIndex}`;
    // Up to 4 sessions per instance, each with a turn waiting on its approval.
    const chosen = [...new Set(instanceOf.values())].flatMap((name) => [...instanceOf].filter(([, n]) => n === name).slice(0, 4).map(([id]) => id));
    const running = await Promise.all(
      chosen.map(async (id) => {
        const bound = await bind(id, { type: "open_session", sessionId: id });
        expect([id, bound.instance]).toStrictEqual([id, instanceOf.get(id)]);
        const from = bound.stream.frames.length;
        bound.stream.send({ type: "user_message", content: `routed again in ${id}` });
        const prompt = await bound.stream.next<CommandPromptFrame>((f) => f.type === "command_prompt", 60_000, from);
        return { id, ...bound, prompt, lastSeq: prompt.seq };
      }),
    );
    const victims = running.filter((r) => r.instance === victim);
    const others = running.filter((r) => r.instance !== victim);
    expect(victims.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);

    stopped.add(victimIndex);
    await instances[victimIndex]!.close();

    for (const v of victims) {
      await v.stream.closed(30_000);
      // Usage frames of the request that asked for the command may come after its prompt.
      const after = v.stream.frames.slice(v.stream.frames.indexOf(v.prompt) + 1).filter((f) => f.type !== "usage");
      // The running turn is stopped (shutdown grace 0): its unanswered command ends failed, the
      // turn interrupted (reason shutdown), then the stream's last frame says why it ends.
      const seen = after.map((f) =>
        f.type === "status" ? `status:${f.state}:${f.reason}` : f.type === "item" && "item" in f ? `item:${f.event}:${f.item.type}:${"status" in f.item ? f.item.status : ""}` : f.type,
      );
      expect([v.id, seen]).toStrictEqual([v.id, ["item:completed:command_execution:failed", "status:interrupted:shutdown", "terminate"]]);
      expect(after.at(-1)).toMatchObject({ type: "terminate", reason: "shutdown", reconnect: true, sessionId: v.id });
    }
    // Reconnecting through the proxy: the hash still picks the stopped instance, which refuses
    // the connection, and HAProxy answers 503 itself (no frames, no session).
    const v = victims[0]!;
    const retry = open(v.id);
    retry.send({ type: "open_session", sessionId: v.id, lastSeq: v.stream.frames.at(-1)!.seq });
    await retry.closed(30_000);
    expect([retry.status, retry.responseHeaders?.["codex-instance"], retry.frames]).toStrictEqual([503, undefined, []]);

    // The other instances' sessions never noticed: their prompts are answered and their turns complete.
    for (const o of others) {
      const from = o.stream.frames.indexOf(o.prompt);
      const status = await approveAndFinish(o.stream, o.id, o.prompt);
      expect([o.id, status.state]).toStrictEqual([o.id, "completed"]);
      const later = o.stream.frames.slice(from);
      expect([o.id, later.filter((f) => f.type === "terminate" || f.type === "error")]).toStrictEqual([o.id, []]);
      const seqs = later.filter(isHistory).map((f) => f.seq);
      expect([o.id, seqs]).toStrictEqual([o.id, seqs.map((_, i) => o.prompt.seq + i)]);
    }
  }, 240_000);
});
