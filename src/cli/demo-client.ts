#!/usr/bin/env node
// `demo-client [sessionId] ["prompt"]`: a terminal client for codex-api, built on the client
// library. Streams the agent's work as it happens, asks before commands and file changes, and
// lets a person answer the agent's questions (and MCP servers' forms).
// Its parts: demo/args.ts (the command line), demo/frame-printer.ts (what is shown),
// demo/line-input.ts (the keyboard), demo/working-line.ts (the sign of life while the agent is
// quiet); this file is the session loop.
import { readFileSync, realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  CodexApiError,
  connect,
  foldTurn,
  type ClientFrameId,
  type CommandPromptFrame,
  type Connection,
  type Decision,
  type QuestionPromptFrame,
  type QuestionReply,
  type ServerFrame,
  type SessionStream,
  type TurnResult,
} from "../client/index.js";
import { VERSION } from "../version.js";
import { parseDemoArgs, USAGE, type DemoArgs } from "./demo/args.js";
import { colorWanted, FramePrinter, makeStyle, type Style } from "./demo/frame-printer.js";
import { LineInput, WITHDRAWN } from "./demo/line-input.js";
import { parseSlashCommand, SLASH_HELP, type SlashCommand } from "./demo/slash-commands.js";
import { askQuestion } from "./demo/question-asker.js";
import { WorkingLine } from "./demo/working-line.js";

export { parseDemoArgs, type DemoArgs, type ParsedArgs } from "./demo/args.js";
export { colorWanted, FramePrinter, makeStyle, type Style } from "./demo/frame-printer.js";

// ------------------------------------------------------------------ the session

const CHOICES: Record<string, Decision> = { a: "allow", s: "allow_for_session", d: "deny", t: "deny_and_stop" };
const CHOICE_LABELS: Record<Decision, string> = { allow: "[a]llow", allow_for_session: "allow for [s]ession", deny: "[d]eny", deny_and_stop: "s[t]op" };

/** A line that reads as an answer to an approval question rather than as a message to the agent. */
function looksLikeAnswer(line: string): boolean {
  return /^(a|s|d|t|y|n|allow|deny|stop|session|yes|no)$/i.test(line.trim());
}

/** An approval or a question: the turn waits on either. */
type Prompt = CommandPromptFrame | QuestionPromptFrame;

function idOf(prompt: Prompt): string {
  return prompt.type === "command_prompt" ? prompt.commandId : prompt.promptId;
}

/**
 * What Ctrl-C does depends on what is going on:
 * - idle: at the prompt for the next message; Ctrl-C quits;
 * - turn: a turn is running; Ctrl-C sends cancel, and quits if it was already sent;
 * - asking: an approval question (or the agent's question) is open; Ctrl-C answers it with
 *   deny_and_stop (or /stop).
 */
type Activity = { state: "idle" } | { state: "turn"; cancelled: boolean } | { state: "asking" };

class DemoSession {
  #activity: Activity = { state: "idle" };
  readonly #input: LineInput | undefined;
  /** The running turn's prompts that wait for their question, oldest first. */
  readonly #queue: Prompt[] = [];
  /** The prompt whose question is open. */
  #asking: Prompt | undefined;
  /** Prompts that arrived while another question was open: printed when their question comes. */
  readonly #deferred = new Set<string>();
  /** Asks the queued prompts' questions, one after the other, while there are any. */
  #questions: Promise<void> | undefined;
  /**
   * Why the last question was withdrawn (the server resolved its prompt), until the next line:
   * an answer typed too late is caught and said so, never sent.
   */
  #late: string | undefined;
  /** The running turn's id, once its `status started` arrived: a line typed then steers it. */
  #turnId: string | undefined;

  constructor(
    private readonly args: DemoArgs,
    private readonly session: SessionStream,
    private readonly printer: FramePrinter,
    private readonly working: WorkingLine,
    private readonly style: Style,
    private readonly quit: (code: number) => void,
  ) {
    const interrupt = () => this.#interrupt();
    process.on("SIGINT", interrupt);
    // Questions need stdin unless the answers are fixed or there is nothing to ask.
    const needsInput = args.prompt === undefined || (!args.yes && !args.nonInteractive);
    this.#input = needsInput ? new LineInput({ onInterrupt: interrupt, onUnasked: (line) => this.#tooLate(line) || this.#steer(line) }) : undefined;
  }

  /** Reads prompts until end of input; 0 unless the connection broke. */
  async interactive(): Promise<number> {
    for (;;) {
      this.#activity = { state: "idle" };
      const line = await this.#input!.question(this.style.bold("you> "));
      if (line === WITHDRAWN) continue;
      if (line === null || line.trim() === "/exit" || line.trim() === "/quit") return 0;
      if (this.#tooLate(line)) continue;
      if (line.trim() === "") continue;
      const command = parseSlashCommand(line);
      const code = command === undefined ? await this.turn(line) : await this.command(command);
      if (code === 2) return code;
    }
  }

  /** One turn; 0 completed, 1 failed, interrupted or refused, 2 the connection broke. */
  turn(prompt: string): Promise<number> {
    return this.#turn(() => this.session.sendMessage(prompt));
  }

  /** A slash command (demo/slash-commands.ts); the same codes as turn(). */
  async command(command: SlashCommand): Promise<number> {
    const { style, printer } = this;
    switch (command.kind) {
      case "help":
        printer.line(SLASH_HELP);
        return 0;
      case "invalid":
        printer.line(style.yellow(command.message));
        return 1;
      case "review":
      case "compact": {
        const frame = command.kind === "review" ? { type: "review" as const, target: command.target } : { type: "compact" as const };
        return this.#turn(async () => {
          const id: ClientFrameId = `${frame.type}-${Date.now()}`;
          await this.session.send({ ...frame, id });
          return id;
        });
      }
      case "fork":
        return this.#answered(async () => {
          const forked = await this.session.forkSession({ atTurnId: command.atTurnId });
          printer.line(style.green(`forked through turn ${forked.atTurnId} (${forked.turnIds.length} turns) into session ${forked.newSessionId}`));
          printer.line(style.dim(`continue the fork with: ${continueCommand(this.args, forked.newSessionId)}`));
        });
      case "rollback":
        return this.#answered(async () => {
          const rolled = await this.session.rollback("turns" in command ? { turns: command.turns } : { beforeTurnId: command.beforeTurnId });
          const count = rolled.removedTurnIds.length;
          printer.line(style.green(`rolled back ${count} ${count === 1 ? "turn" : "turns"} (${rolled.removedTurnIds.join(", ")}): the agent no longer sees ${count === 1 ? "it" : "them"}`));
          printer.line(style.yellow("files the agent changed on disk are NOT reverted"));
        });
    }
  }

  /** A request answered by one frame (fork, rollback): 0 done, 1 refused, 2 the connection broke. */
  async #answered(request: () => Promise<void>): Promise<number> {
    try {
      await request();
      return 0;
    } catch (error) {
      const failure = CodexApiError.from(error);
      this.printer.line(this.style.red(`${failure.code}: ${failure.message}`));
      return failure.code === "stream_closed" || failure.code === "unavailable" ? 2 : 1;
    }
  }

  /** A turn started by `start` (which resolves with the frame id its `status: started` echoes). */
  async #turn(start: () => Promise<ClientFrameId>): Promise<number> {
    this.#activity = { state: "turn", cancelled: false };
    this.working.turnStarted();
    let result: TurnResult;
    try {
      const messageId = await start();
      // Prompts are queued, not awaited: frames keep coming while a question is open, so a
      // prompt the server resolves (timed out, the turn ended) takes its question back.
      result = await foldTurn(this.#printed(), messageId, (prompt) => this.#prompted(prompt));
    } catch (error) {
      for (const note of this.#withdrawAll("the turn had ended")) this.printer.line(this.style.yellow(note));
      const failure = CodexApiError.from(error);
      this.printer.line(this.style.red(`${failure.message}${hintFor(failure, this.args, this.session.sessionId)}`));
      return failure.code === "stream_closed" || failure.code === "unavailable" ? 2 : 1;
    } finally {
      await this.#questions;
      this.working.turnEnded();
      this.#activity = { state: "idle" };
    }
    return result.status === "completed" ? 0 : 1;
  }

  close(): void {
    this.working.turnEnded();
    this.#input?.close();
  }

  async *#printed(): AsyncGenerator<ServerFrame> {
    for await (const frame of this.session) {
      if (frame.type === "status") this.#turnId = frame.state === "started" ? frame.turnId : undefined;
      const notes = this.#settle(frame);
      if ((frame.type === "command_prompt" || frame.type === "question_prompt") && this.#asking !== undefined) this.#deferred.add(idOf(frame));
      else if (this.#input?.asking === true) this.#input.interject(() => (this.printer.print(frame), this.printer.endLine()));
      else this.printer.print(frame);
      for (const note of notes) this.printer.line(this.style.yellow(note));
      yield frame;
    }
  }

  /** A prompt of the turn: answered at once with fixed answers, else queued for its question. */
  async #prompted(prompt: Prompt): Promise<void> {
    if (prompt.type === "question_prompt" && (this.args.nonInteractive || this.#input === undefined)) {
      // Nobody to ask (--yes does not answer for the user): declined, which the agent is told.
      this.printer.line(this.style.dim(`→ declined (${this.args.yes ? "--yes" : "--non-interactive"}: nobody to answer)`));
      return this.#answer(prompt, { action: "decline" });
    }
    if (prompt.type === "question_prompt") {
      this.#queue.push(prompt);
      this.#questions ??= this.#askQueued();
      return;
    }
    const offered = prompt.decisions;
    const fallback: Decision = offered.includes("deny") ? "deny" : offered[0];
    if (this.args.yes && offered.includes("allow")) return this.#send(prompt, this.#decided("allow", "(--yes)"));
    if (this.args.nonInteractive || this.#input === undefined) {
      return this.#send(prompt, this.#decided(fallback, this.args.yes ? "(--yes, but allow is not offered)" : "(--non-interactive)"));
    }
    this.#queue.push(prompt);
    this.#questions ??= this.#askQueued();
  }

  /** Starts with a prompt queued, so it awaits before it returns (and #questions is set). */
  async #askQueued(): Promise<void> {
    try {
      for (let prompt = this.#queue.shift(); prompt !== undefined; prompt = this.#queue.shift()) {
        this.#asking = prompt;
        if (this.#deferred.delete(idOf(prompt))) this.printer.print(prompt);
        if (prompt.type === "question_prompt") {
          const reply = await this.#askQuestion(prompt);
          this.#asking = undefined;
          if (reply !== undefined) await this.#answer(prompt, reply);
          continue;
        }
        const decision = await this.#ask(prompt);
        this.#asking = undefined;
        if (decision !== undefined) await this.#send(prompt, decision);
      }
    } finally {
      // In the same step as the last look at the queue: a prompt queued after it starts a new loop.
      this.#questions = undefined;
    }
  }

  /** The user's decision, or undefined when the server resolved the prompt first. */
  async #ask(prompt: CommandPromptFrame): Promise<Decision | undefined> {
    const input = this.#input!;
    const offered = prompt.decisions;
    const fallback: Decision = offered.includes("deny") ? "deny" : offered[0];
    const labels = offered.map((d) => CHOICE_LABELS[d]).join(" / ");
    this.#activity = { state: "asking" };
    // A new question is on screen: what is typed now answers it.
    this.#late = undefined;
    this.working.pause();
    try {
      for (;;) {
        const answer = await input.question(`${labels}? `);
        if (answer === WITHDRAWN) return undefined;
        if (answer === null) return this.#decided(fallback, "(end of input)");
        const decision = CHOICES[answer.trim().toLowerCase().slice(0, 1)];
        if (decision !== undefined && offered.includes(decision)) return decision;
        this.printer.line(`please answer with one of: ${labels}`);
      }
    } finally {
      if (this.#activity.state === "asking") this.#activity = { state: "turn", cancelled: false };
      this.working.resume();
    }
  }

  /** The person's reply to a question, or undefined when the server resolved it first. */
  async #askQuestion(prompt: QuestionPromptFrame): Promise<QuestionReply | undefined> {
    const input = this.#input!;
    this.#activity = { state: "asking" };
    this.#late = undefined;
    this.working.pause();
    try {
      const asked = await askQuestion(prompt, (text) => input.question(text), (line) => this.printer.line(line));
      if (asked.kind === "withdrawn") return undefined;
      const action = asked.reply.action ?? "accept";
      if (action !== "accept") this.printer.line(this.style.dim(`→ ${action === "cancel" ? "declined, and the turn is stopped" : "declined"}`));
      return asked.reply;
    } finally {
      if (this.#activity.state === "asking") this.#activity = { state: "turn", cancelled: false };
      this.working.resume();
    }
  }

  async #answer(prompt: QuestionPromptFrame, reply: QuestionReply): Promise<void> {
    try {
      await this.session.answer(prompt.promptId, reply);
    } catch (error) {
      this.printer.line(this.style.red(`could not send the answer: ${CodexApiError.from(error).message}`));
    }
  }

  async #send(prompt: CommandPromptFrame, decision: Decision): Promise<void> {
    try {
      await this.session.approve(prompt.commandId, decision);
    } catch (error) {
      this.printer.line(this.style.red(`could not send the answer: ${CodexApiError.from(error).message}`));
    }
  }

  /**
   * Takes back the questions of prompts this frame says the server resolved; returns what to say
   * about them after the frame is printed (the frame itself tells a timeout or a denial).
   */
  #settle(frame: ServerFrame): string[] {
    if (frame.type === "error" && frame.commandId !== undefined && frame.inReplyTo === undefined) {
      const why = frame.code === "approval_timeout" ? "the prompt had already timed out and was denied" : "the server had already denied the prompt";
      return this.#withdraw(frame.commandId, why, false);
    }
    if (frame.type === "error" && frame.promptId !== undefined && frame.inReplyTo === undefined && frame.code !== "invalid_answer") {
      return this.#withdraw(frame.promptId, frame.code === "question_timeout" ? "the question had already timed out" : "the server had already declined the question", false);
    }
    if (frame.type === "item" && frame.event === "completed") {
      const resolved = [...this.#queue, ...(this.#asking === undefined ? [] : [this.#asking])].filter((prompt) => prompt.itemId === frame.item.id);
      return resolved.flatMap((prompt) => this.#withdraw(idOf(prompt), "the prompt was no longer pending", true));
    }
    if ((frame.type === "status" && frame.state !== "started") || frame.type === "terminate") return this.#withdrawAll("the turn had ended");
    return [];
  }

  #withdrawAll(why: string): string[] {
    const open = [...this.#queue, ...(this.#asking === undefined ? [] : [this.#asking])];
    return open.flatMap((prompt) => this.#withdraw(idOf(prompt), why, true));
  }

  /** The prompt is no longer pending: its question is dropped, or taken off the screen. */
  #withdraw(id: string, why: string, announce: boolean): string[] {
    const queued = this.#queue.findIndex((prompt) => idOf(prompt) === id);
    if (queued >= 0) this.#queue.splice(queued, 1);
    this.#deferred.delete(id);
    if (this.#asking === undefined || idOf(this.#asking) !== id) return [];
    const typed = this.#input?.withdraw();
    if (typed === undefined) return [];
    this.#late = why;
    const notes = announce ? [`the ${this.#asking.type === "command_prompt" ? "approval " : ""}question was withdrawn: ${why}`] : [];
    // Typed but never entered: not sent, and said so.
    if (typed.trim() !== "") notes.push(`"${typed.trim()}" was not sent: ${why}`);
    return notes;
  }

  /**
   * A line typed while the turn runs (no question open) is added to the turn (spec: steering);
   * the turn's `user_message` item answering it, or a `turn_not_steerable` error, follows.
   * Before the turn has an id, or between turns, the line waits for the next prompt as before.
   */
  #steer(line: string): boolean {
    const turnId = this.#turnId;
    if (this.#activity.state !== "turn" || turnId === undefined || line.trim() === "") return false;
    this.printer.line(this.style.dim(`→ adding to the running turn: ${line.trim()}`));
    this.session.steer(turnId, line).catch((error: unknown) => this.printer.line(this.style.red(`could not send it: ${CodexApiError.from(error).message}`)));
    return true;
  }

  /** The first line after a withdrawn question, if it reads as an answer, is not sent: it says so. */
  #tooLate(line: string): boolean {
    const late = this.#late;
    this.#late = undefined;
    if (late === undefined || !looksLikeAnswer(line)) return false;
    this.printer.line(this.style.yellow(`"${line.trim()}" was not sent: ${late}`));
    return true;
  }

  #decided(decision: Decision, why: string): Decision {
    this.printer.line(this.style.dim(`→ ${decision} ${why}`));
    return decision;
  }

  #interrupt(): void {
    const activity = this.#activity;
    this.#input?.breakPromptLine();
    if (activity.state === "asking") {
      this.#activity = { state: "turn", cancelled: true };
      this.printer.line(this.style.yellow("stopping the turn (Ctrl-C again to quit)"));
      this.#input?.answer(this.#asking?.type === "question_prompt" ? "/stop" : "t");
    } else if (activity.state === "turn" && !activity.cancelled) {
      this.#activity = { state: "turn", cancelled: true };
      this.printer.line(this.style.yellow("cancelling the turn (Ctrl-C again to quit)"));
      this.session.cancel().catch(() => undefined);
    } else {
      this.printer.line(this.style.dim(`continue later with: ${continueCommand(this.args, this.session.sessionId)}`));
      this.quit(130);
    }
  }
}

/** What to do about an error, for a newcomer; `sessionId` once a session is open. */
function hintFor(error: CodexApiError, args: DemoArgs, sessionId?: string): string {
  const url = args.url;
  if (error.code === "unavailable" && /certificate/i.test(error.message)) return "\n  give the server's certificate with --ca FILE";
  if (error.code === "unavailable" && sessionId === undefined) {
    return `\n  is the server running at ${url}? start it with \`codex-api\` (\`npm start\` in a clone), or give its address with --url (or CODEX_API_URL)`;
  }
  if (error.code === "unauthorized") return "\n  pass the server's token with --token T (or CODEX_API_TOKEN)";
  if (sessionId !== undefined && error.retryable) return `\n  the session is kept on the server; continue it with: ${continueCommand(args, sessionId)}`;
  return "";
}

/** How to run this client again, as it was started (compiled or through tsx). */
/** The command that goes on with this session: the same server, the same trust; the token is not repeated. */
function continueCommand(args: DemoArgs, sessionId: string): string {
  const ca = args.caPath === undefined ? "" : ` --ca ${shellWord(args.caPath)}`;
  return `codex-api-demo-client --url ${shellWord(args.url)}${ca} --session ${shellWord(sessionId)} "next prompt"`;
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/** `continueHint: false` when the server will be gone afterwards (`npm run demo`). */
export async function main(argv: string[], env: Readonly<Record<string, string | undefined>>, options: { continueHint?: boolean } = {}): Promise<number> {
  const parsed = parseDemoArgs(argv, env);
  if (parsed.kind === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === "version") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (parsed.kind === "usage_error") {
    process.stderr.write(`demo-client: ${parsed.message}\n\n${USAGE}\n`);
    return 2;
  }
  const args = parsed.args;
  const style = makeStyle(colorWanted(process.stdout.isTTY === true, env));
  const fail = (error: unknown): number => {
    const failure = CodexApiError.from(error);
    process.stderr.write(`demo-client: ${failure.message}${hintFor(failure, args)}\n`);
    return 2;
  };
  let ca: Buffer | undefined;
  try {
    ca = args.caPath === undefined ? undefined : readFileSync(args.caPath);
  } catch (error) {
    process.stderr.write(`demo-client: cannot read --ca ${args.caPath}: ${(error as Error).message}\n`);
    return 2;
  }
  let connection: Connection;
  try {
    connection = await connect(args.url, { framing: args.framing, ca, token: args.token });
  } catch (error) {
    return fail(error);
  }
  const working = new WorkingLine({ tty: process.stdout.isTTY === true, write: (text) => process.stdout.write(text), dim: style.dim, columns: () => process.stdout.columns });
  const printer = new FramePrinter((text) => working.write(text), style);
  let session: SessionStream;
  try {
    session = await connection.openSession({
      sessionId: args.sessionId,
      // The library reconnects on its own; say so, and never let lost frames pass unnoticed.
      onReconnect: (frame) => printer.line(style.dim(`reconnected to session ${frame.sessionId}`)),
      onGap: (gap) => printer.line(style.yellow(`${gap.count} frames (seq ${gap.fromSeq}–${gap.toSeq}) were lost while reconnecting: the server no longer held them`)),
    });
  } catch (error) {
    await connection.close();
    return fail(error);
  }
  printer.line(style.dim(`session ${session.sessionId} (${session.resumed ? "continued" : "new"}) on ${args.url}`));
  if (options.continueHint !== false) printer.line(style.dim(`continue it later with: ${continueCommand(args, session.sessionId)}`));
  const demo = new DemoSession(args, session, printer, working, style, (code) => process.exit(code));
  const command = args.prompt === undefined ? undefined : parseSlashCommand(args.prompt);
  const code = args.prompt === undefined ? await demo.interactive() : command !== undefined ? await demo.command(command) : await demo.turn(args.prompt);
  demo.close();
  await connection.close();
  return code;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`demo-client: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(2);
    },
  );
}
