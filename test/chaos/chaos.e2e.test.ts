// Chaos: 20 sessions on 4 HTTP/2 connections run turns with approvals against the real engine
// while a seeded schedule cuts connections and streams, kills the engine once, and a side stream
// sends garbage. Afterwards every session's history must be whole (seq 1..N, no gap, no
// duplicate, nothing lost), every turn must have ended exactly once, the workspace must hold
// exactly what was approved, and nothing the agent started may still run.
// Replay a run with CHAOS_SEED=<seed> (printed at the start); server logs with CODEX_API_TEST_LOG=1
// CHAOS_LOG_LEVEL=info.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { expect, it } from "vitest";
import type { CommandPromptFrame, Decision, ItemFrame } from "../../generated/types.js";
import type { Script, ScriptTurn } from "../../src/scripted-model/index.js";
import { RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";
import { DroppableConnection } from "./connection.js";
import { GARBAGE_KINDS, runGarbageStream } from "./garbage-streams.js";
import { isRunning, killAll, processesMatching } from "./processes.js";
import { ResumableSession, type HistoryFrame } from "./resumable-session.js";
import { hashUnit, SeededRandom, seedFrom } from "./seeded-random.js";

const SESSIONS = 20;
const CONNECTIONS = 4;
const TURNS = 3;
const MAX_FRAME_BYTES = 65_536;
/** The whole run (sessions, chaos, checks) must finish within this. */
const RUN_BUDGET_MS = 120_000;

const seed = seedFrom("CHAOS_SEED");
const marker = `chaosmark${seed}p${process.pid}`;
const sessionName = (s: number) => `chaos-${seed}-s${String(s).padStart(2, "0")}`;
const fileOf = (s: number, k: number, ext: "txt" | "exec") => `chaos-s${String(s).padStart(2, "0")}-t${k}.${ext}`;

/** What one scripted turn does, drawn from the seed. */
interface TurnPlan {
  session: number;
  turn: number;
  content: string;
  sleepSeconds: number;
  /** The command outlives its tool call (yield after 250 ms) and keeps running in the background. */
  background: boolean;
  escalate: boolean;
  cancelAfterMs: number | undefined;
}

function planTurns(rng: SeededRandom): TurnPlan[][] {
  return Array.from({ length: SESSIONS }, (_, s) =>
    Array.from({ length: TURNS }, (_, i) => {
      const background = rng.chance(0.2);
      return {
        session: s,
        turn: i + 1,
        content: `chaos s${s} t${i + 1}`,
        sleepSeconds: background ? 6 : rng.int(5, 60) / 100,
        background,
        escalate: rng.chance(0.8),
        cancelAfterMs: rng.chance(0.12) ? rng.int(20, 900) : undefined,
      };
    }),
  );
}

function scriptTurn(plan: TurnPlan, rng: SeededRandom): ScriptTurn {
  const { session: s, turn: k } = plan;
  // `exec -a` puts the marker into the sleep's own argv, so /proc shows it even after bash is gone.
  const command = `echo chaos-s${s}-t${k} > ${fileOf(s, k, "exec")}; exec -a ${marker}-s${s}-t${k} sleep ${plan.sleepSeconds}`;
  return {
    match: `^${plan.content}$`,
    responses: [
      [
        { type: "reasoning", summary: `planning s${s} t${k}`, chunkChars: 6 },
        { type: "text", text: `Session ${s}, turn ${k}: I will run a command, then add a file.`, chunkChars: rng.int(3, 12), delayMs: rng.int(0, 15) },
        // A justification only with escalation: without it the engine refuses the call and the command never runs.
        { type: "exec", command, ...(plan.escalate ? { escalate: true, justification: `chaos s${s} t${k}` } : {}), yieldTimeMs: plan.background ? 250 : 10_000 },
      ],
      [{ type: "patch", patch: `*** Begin Patch\n*** Add File: ${fileOf(s, k, "txt")}\n+session ${s} turn ${k} seed ${seed}\n*** End Patch\n` }],
      [{ type: "text", text: `done s${s} t${k}`, chunkChars: 4 }],
    ],
  };
}

/** Independent of timing: the same seed answers the same prompt the same way. */
function decide(prompt: CommandPromptFrame, sessionId: string, turn: number | undefined): Decision {
  const u = hashUnit(seed, sessionId, turn ?? prompt.commandId, prompt.kind);
  return u < 0.55 ? "allow" : u < 0.9 ? "deny" : "deny_and_stop";
}

it(
  "20 sessions keep whole histories, exact approvals and no stray processes through drops, an engine kill and garbage",
  async () => {
    const started = Date.now();
    const deadline = started + RUN_BUDGET_MS - 15_000;
    const rng = new SeededRandom(seed);
    console.log(`chaos seed ${seed} (replay with CHAOS_SEED=${seed})`);
    const plans = planTurns(rng.fork("plans"));
    const scriptRng = rng.fork("script");
    const script: Script = {
      turns: [...plans.flat().map((p) => scriptTurn(p, scriptRng)), { responses: [[{ type: "text", text: "Recovered after the engine restart.", chunkChars: 5 }]] }],
    };
    const server = await startTestServer(script, [
      "--approval-policy", "untrusted",
      "--approval-timeout-ms", "90000",
      "--max-frame-bytes", String(MAX_FRAME_BYTES),
      // Large: a resume must never lose frames here (replay.lost > 0 fails the run).
      "--replay-frames", "100000",
      "--replay-bytes", String(64 << 20),
      "--heartbeat-interval-ms", "1000",
      "--heartbeat-timeout-ms", "15000",
      ...(process.env.CHAOS_LOG_LEVEL ? ["--log-level", process.env.CHAOS_LOG_LEVEL] : []),
    ]);
    const api = server.api;
    const enginePids = new Set<number>([api.engine.enginePid!]);
    const connections = Array.from({ length: CONNECTIONS }, () => new DroppableConnection(server.url));
    const garbageConnection = new DroppableConnection(server.url);
    const engineReady = async () => {
      while (!api.engine.ready && Date.now() < deadline) await delay(20);
    };
    const reconnectRng = rng.fork("reconnect");
    const sessions = Array.from(
      { length: SESSIONS },
      (_, s) =>
        new ResumableSession({
          url: server.url,
          sessionId: sessionName(s),
          framing: s % 3 === 2 ? "length-prefixed" : "ndjson",
          connection: connections[s % CONNECTIONS]!,
          decide: (prompt, turn) => decide(prompt, sessionName(s), turn),
          reconnectDelayMs: () => reconnectRng.int(0, 150),
          engineReady,
          deadline,
        }),
    );
    const figures = { drops: 0, streamResets: 0, engineKills: 0, garbageStreams: 0, recoveryTurns: 0 };
    const garbageViolations: string[] = [];
    let stop = false;
    let turnsEnded = 0;
    try {
      // ---- the sessions
      const think = rng.fork("think");
      const runs = sessions.map(async (session, s) => {
        if (s % 2 === 0) session.openSession();
        for (const plan of plans[s]!) {
          const end = await session.runTurn(plan.turn, plan.content, plan.cancelAfterMs);
          turnsEnded++;
          if (end.state === "failed" && plan.turn === TURNS) {
            // The turn the kill cut short was the last one: the session's next turn must work.
            figures.recoveryTurns++;
            await session.runTurn(TURNS + 1, `chaos s${s} recover`);
            turnsEnded++;
          }
          await delay(think.int(0, 60));
        }
        await session.finish();
      });
      const allRuns = Promise.allSettled(runs);

      // ---- the chaos schedule: cut connections and streams, kill the engine once
      const chaosRng = rng.fork("chaos");
      const killAfterTurns = chaosRng.int(Math.round(SESSIONS * TURNS * 0.2), Math.round(SESSIONS * TURNS * 0.5));
      const chaos = (async () => {
        while (!stop) {
          await delay(chaosRng.int(60, 350));
          if (stop) break;
          // Mid-run, with turns running (late in the run, one is enough).
          const busyEnough = api.core.stats().runningTurns >= (turnsEnded > SESSIONS * TURNS * 0.7 ? 1 : 2);
          if (figures.engineKills === 0 && turnsEnded >= killAfterTurns && busyEnough) {
            const pid = api.engine.enginePid!;
            process.kill(pid, "SIGKILL");
            figures.engineKills++;
            while ((!api.engine.ready || api.engine.enginePid === pid) && Date.now() < deadline) await delay(20);
            enginePids.add(api.engine.enginePid!);
            continue;
          }
          if (chaosRng.chance(0.6)) {
            if (chaosRng.pick(connections).drop()) figures.drops++;
          } else if (chaosRng.pick(sessions).resetStream()) {
            figures.streamResets++;
          }
        }
      })();

      // ---- the garbage side streams
      const garbageRng = rng.fork("garbage");
      const garbage = (async () => {
        for (let n = 1; !stop; n++) {
          const result = await runGarbageStream(garbageRng.pick(GARBAGE_KINDS), {
            url: server.url,
            connection: garbageConnection.current(),
            rng: garbageRng,
            maxFrameBytes: MAX_FRAME_BYTES,
            otherSessionIds: sessions.map((s) => s.id),
            otherCommandIds: () => sessions.flatMap((s) => [...s.prompts.keys()]),
            n,
            deadline,
          });
          figures.garbageStreams++;
          garbageViolations.push(...result.violations);
          await delay(garbageRng.int(10, 80));
        }
      })();

      const settled = await allRuns;
      stop = true;
      await Promise.all([chaos, garbage]);
      const failures = settled.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
      expect(failures, "every session ran all its turns").toEqual([]);

      // ---- the server's own record of each session matches what the client read
      for (const session of sessions) await reconcile(server, session, connections[0]!);

      // ---- checks
      const violations = [...sessions.flatMap((s) => s.violations), ...garbageViolations];
      for (const s of sessions.filter((x) => x.violations.length > 0)) console.log(`${s.id} history: ${s.describe()}`);
      expect(violations, "protocol violations").toEqual([]);
      const summary = { completed: 0, interrupted: 0, failed: 0 };
      for (const [s, session] of sessions.entries()) {
        checkHistory(session);
        checkTurns(session, summary);
        checkWorkspace(server, session, s);
      }
      expect(figures.engineKills).toBe(1);
      expect(summary.failed, "the engine kill failed at least one running turn").toBeGreaterThan(0);
      expect(api.core.stats()).toMatchObject({ runningTurns: 0, pendingApprovals: 0 });
      const sum = (of: (s: ResumableSession) => number) => sessions.reduce((total, s) => total + of(s), 0);
      const framesChecked = sum((s) => s.framesChecked);
      const lost = sum((s) => s.lost);
      const turns = summary.completed + summary.interrupted + summary.failed;
      console.log(
        `chaos seed=${seed} sessions=${SESSIONS} turns=${turns} (completed ${summary.completed}, interrupted ${summary.interrupted}, failed ${summary.failed}, recovery ${figures.recoveryTurns}) ` +
          `drops=${figures.drops} streamResets=${figures.streamResets} streams=${sum((s) => s.streamsOpened)} engineKills=${figures.engineKills} ` +
          `promptsAnsweredOnResume=${sum((s) => s.answeredOnResume)} messagesResent=${sum((s) => s.resentMessages)} ` +
          `garbageStreams=${figures.garbageStreams} framesChecked=${framesChecked} lost=${lost} wall=${Date.now() - started}ms`,
      );
    } finally {
      stop = true;
      for (const session of sessions) session.abort();
      for (const connection of [...connections, garbageConnection]) connection.close();
      await server.close();
    }

    // ---- nothing the agent started is left
    const leftovers = processesMatching(marker);
    killAll(leftovers);
    expect(leftovers.map((p) => p.cmdline), "commands still running after close").toEqual([]);
    expect([...enginePids].filter(isRunning), "engine processes still running after close").toEqual([]);
  },
  RUN_BUDGET_MS,
);

/** A fresh stream from seq 0 replays the session's whole history: it must equal what the client read across all its streams. */
async function reconcile(server: TestServer, session: ResumableSession, connection: DroppableConnection): Promise<void> {
  const stream = RawStream.open(server.url, { session: connection.current() });
  try {
    stream.send({ type: "open_session", sessionId: session.id, lastSeq: 0 });
    const ack = await stream.next((f) => f.type === "session");
    expect(ack.type === "session" && ack.replay).toMatchObject({ fromSeq: 1, lost: 0 });
    const toSeq = ack.type === "session" ? ack.replay!.toSeq : 0;
    expect(toSeq, `${session.id}: the server holds at least what the client read`).toBeGreaterThanOrEqual(session.lastSeq);
    if (toSeq > 0) await stream.next((f) => f.seq === toSeq && f.type !== "heartbeat" && f.type !== "session");
    const replayed = stream.frames.filter((f) => f.type !== "session" && f.type !== "heartbeat") as HistoryFrame[];
    expect(replayed.slice(0, session.history.length), `${session.id}: replay from 0 equals what the client read`).toEqual(session.history);
    // After the client's last stream closed only late answers to its own frames may follow.
    const late = replayed.slice(session.history.length);
    expect(late.filter((f) => f.type !== "error"), `${session.id}: history after the client left`).toEqual([]);
  } finally {
    stream.endRequest();
    stream.close();
  }
}

function checkHistory(session: ResumableSession): void {
  const seqs = session.history.map((f) => f.seq);
  expect(seqs, `${session.id}: gapless seq 1..N`).toEqual(seqs.map((_, i) => i + 1));
  expect(session.lost, `${session.id}: replay.lost`).toBe(0);
  const codes = session.history.flatMap((f) => (f.type === "error" ? [f.code] : []));
  // engine_unavailable (the kill), turn_in_progress (a re-sent message racing a starting one) and
  // command_already_resolved (an answer re-sent after a lost stream) are expected; nothing else.
  expect(codes.filter((c) => !["engine_unavailable", "turn_in_progress", "command_already_resolved"].includes(c)), `${session.id}: unexpected errors`).toEqual([]);
  // An answer is "already resolved" only if it was re-sent, if the client cancelled the turn, or if
  // the turn had ended (engine kill, deny_and_stop) before the answer arrived.
  for (const error of session.history) {
    if (error.type !== "error" || error.code !== "command_already_resolved") continue;
    const prompt = session.prompts.get(error.commandId ?? "");
    expect(prompt, `${session.id}: command_already_resolved for ${error.commandId}, which never prompted`).toBeDefined();
    const end = session.serverTurns.get(prompt!.frame.turnId)?.terminals[0];
    const cancelled = session.turns.some((t) => t.turnId === prompt!.frame.turnId && t.cancelSent);
    const explained = prompt!.answers > 1 || cancelled || (end !== undefined && end.seq < error.seq);
    expect(explained, `${session.id}: ${error.commandId} (answered ${prompt!.answers}x) refused as already resolved at seq ${error.seq} while its turn ran`).toBe(true);
  }
}

function checkTurns(session: ResumableSession, summary: { completed: number; interrupted: number; failed: number }): void {
  for (const [turnId, turn] of session.serverTurns) {
    expect(turn.terminals.map((t) => t.state), `${session.id}: turn ${turnId} ends exactly once`).toHaveLength(1);
  }
  let previousFailed = false;
  for (const turn of session.turns) {
    const end = turn.end!;
    expect(session.serverTurns.get(end.turnId)?.terminals, `${session.id} turn ${turn.index}`).toEqual([end]);
    summary[end.state as "completed" | "interrupted" | "failed"]++;
    if (end.state === "failed") expect(end.reason, `${session.id} turn ${turn.index}: ${end.message}`).toBe("engine_exited");
    if (end.state === "interrupted") expect(["cancelled", "denied"]).toContain(end.reason);
    if (end.state === "interrupted" && end.reason === "cancelled") expect(turn.cancelSent).toBe(true);
    // The turn after one the kill failed works: the engine came back and resumed the thread.
    if (previousFailed) expect(end.state, `${session.id} turn ${turn.index} after the engine restart`).not.toBe("failed");
    previousFailed = end.state === "failed";
    if (turn.index > TURNS) expect(end).toMatchObject({ state: "completed", finalMessage: "Recovered after the engine restart." });
  }
  expect(session.turns.map((t) => t.index).slice(0, TURNS)).toEqual([1, 2, 3]);
}

/** Denied ⇒ absent, always; approved with the item completed ⇒ present with its content. */
function checkWorkspace(server: TestServer, session: ResumableSession, s: number): void {
  for (const turn of session.turns.filter((t) => t.index <= TURNS)) {
    const frames = session.history.filter((f) => "turnId" in f && f.turnId === turn.turnId);
    for (const [kind, ext] of [["command", "exec"], ["file_change", "txt"]] as const) {
      const prompts = [...session.prompts.values()].filter((p) => p.frame.turnId === turn.turnId && p.frame.kind === kind);
      expect(prompts.length, `${session.id} turn ${turn.index}: at most one ${kind} prompt`).toBeLessThanOrEqual(1);
      const decision = prompts[0]?.decision;
      const itemType = kind === "command" ? "command_execution" : "file_change";
      const completed = frames.find((f): f is ItemFrame => f.type === "item" && f.event === "completed" && "item" in f && f.item.type === itemType);
      const itemStatus = completed !== undefined && "item" in completed && "status" in completed.item ? completed.item.status : undefined;
      const path = join(server.workspace, fileOf(s, turn.index, ext));
      const what = `${session.id} turn ${turn.index} ${kind} (decision ${decision ?? "none"}, item ${itemStatus ?? "none"}, turn ${turn.end?.state})`;
      if (decision !== "allow") {
        expect(existsSync(path), `${what}: not approved, so ${fileOf(s, turn.index, ext)} must not exist`).toBe(false);
        if (itemStatus !== undefined) expect(itemStatus, what).not.toBe("completed");
      } else if (itemStatus === "completed") {
        expect(existsSync(path), `${what}: approved and completed, so ${fileOf(s, turn.index, ext)} must exist`).toBe(true);
        const want = kind === "command" ? `chaos-s${s}-t${turn.index}\n` : `session ${s} turn ${turn.index} seed ${seed}\n`;
        expect(readFileSync(path, "utf8"), what).toBe(want);
      }
      // A turn that completed after an approved prompt carried the approved action out.
      if (decision === "allow" && turn.end?.state === "completed" && !(kind === "command" && isBackgroundOutcome(frames))) {
        expect(itemStatus, `${what}: approved in a completed turn`).toBe("completed");
      }
    }
  }
}

/** A backgrounded command's item completes later than its turn, or never. */
function isBackgroundOutcome(frames: HistoryFrame[]): boolean {
  return frames.some((f) => f.type === "item" && f.event === "started" && "item" in f && f.item.type === "command_execution" && f.item.command.join(" ").includes("sleep 6"));
}
