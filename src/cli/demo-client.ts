#!/usr/bin/env node
// `demo-client [sessionId] ["prompt"]`: a terminal client for codex-api, built on the client
// library. Streams the agent's work as it happens and asks before commands and file changes.
import { readFileSync, realpathSync } from "node:fs";
import { relative } from "node:path";
import { createInterface, type Interface } from "node:readline";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  CodexApiError,
  connect,
  foldTurn,
  type CommandPromptFrame,
  type Connection,
  type Decision,
  type FileChange,
  type Item,
  type ItemDeltaFrame,
  type ServerFrame,
  type SessionStream,
  type StatusFrame,
  type TurnResult,
} from "../client/index.js";

const DEFAULT_URL = "http://127.0.0.1:8080";

const USAGE = `Usage: demo-client [options] [sessionId] ["prompt"]

Talks to a codex-api server: sends your prompt, streams what the agent does, and asks you
before it runs a command or changes a file.

  demo-client                        new session; type prompts, one per line (Ctrl-D to quit)
  demo-client "add a README"         new session, one prompt, then exit
  demo-client <sessionId>            continue a session, typing prompts
  demo-client <sessionId> "prompt"   continue a session with one prompt
  demo-client - "prompt"             new session ("-"), one prompt

Options:
  --url URL            server URL (default $CODEX_API_URL or ${DEFAULT_URL}); https:// for TLS
  --framing F          ndjson (default) or lp (length-prefixed)
  --ca FILE            PEM certificate to trust for https:// (a self-signed server)
  --token T            bearer token (default $CODEX_API_TOKEN)
  --yes                approve every prompt with "allow"
  --non-interactive    never ask: approve with --yes, deny otherwise; needs a prompt
  -h, --help           this text

Exit code: 0 the turn completed, 1 it failed or was interrupted, 2 usage or connection error.
Ctrl-C cancels the running turn (at an approval question: refuses and stops); twice quits.`;

// ------------------------------------------------------------------ arguments

export interface DemoArgs {
  url: string;
  framing: "ndjson" | "length-prefixed";
  caPath: string | undefined;
  token: string | undefined;
  yes: boolean;
  nonInteractive: boolean;
  /** Undefined: a new session. */
  sessionId: string | undefined;
  /** Undefined: read prompts interactively. */
  prompt: string | undefined;
}

export type ParsedArgs = { kind: "run"; args: DemoArgs } | { kind: "help" } | { kind: "usage_error"; message: string };

export function parseDemoArgs(argv: string[], env: Readonly<Record<string, string | undefined>>): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: "string" },
        framing: { type: "string" },
        ca: { type: "string" },
        token: { type: "string" },
        yes: { type: "boolean", default: false },
        "non-interactive": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return { kind: "usage_error", message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const url = values.url ?? nonEmpty(env.CODEX_API_URL) ?? DEFAULT_URL;
  if (!/^https?:\/\/[^/]/.test(url)) return { kind: "usage_error", message: `--url ${url} is not an http:// or https:// URL` };
  const framing = values.framing === undefined || values.framing === "ndjson" ? "ndjson" : values.framing === "lp" || values.framing === "length-prefixed" ? "length-prefixed" : undefined;
  if (framing === undefined) return { kind: "usage_error", message: `--framing must be ndjson or lp, got ${values.framing}` };
  if (positionals.length > 2) {
    return { kind: "usage_error", message: `expected at most a session id and a prompt, got ${positionals.length} arguments; quote the prompt` };
  }
  let [sessionId, prompt] = positionals;
  // One argument with spaces is a prompt: session ids do not have spaces, prompts nearly always do.
  if (positionals.length === 1 && /\s/.test(sessionId!)) [sessionId, prompt] = [undefined, sessionId];
  if (sessionId === "-") sessionId = undefined;
  if (prompt !== undefined && prompt.trim() === "") return { kind: "usage_error", message: "the prompt is empty" };
  if (values["non-interactive"] && prompt === undefined) return { kind: "usage_error", message: "--non-interactive needs a prompt argument" };
  return {
    kind: "run",
    args: {
      url,
      framing,
      caPath: values.ca,
      token: values.token ?? nonEmpty(env.CODEX_API_TOKEN),
      yes: values.yes,
      nonInteractive: values["non-interactive"],
      sessionId,
      prompt,
    },
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

// ------------------------------------------------------------------ output

export interface Style {
  dim(text: string): string;
  bold(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

export function makeStyle(color: boolean): Style {
  const sgr = (code: number) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  return { dim: sgr(2), bold: sgr(1), red: sgr(31), green: sgr(32), yellow: sgr(33), cyan: sgr(36) };
}

/** Prints frames as they arrive: text streams live, command output indented, diffs coloured. */
export class FramePrinter {
  #atLineStart = true;
  /** The item whose deltas were printed last; output of another item starts a new line. */
  #current: string | undefined;
  /** What deltas already showed of each open item, so completion prints only what is missing. */
  readonly #streamed = new Map<string, string>();
  /** File changes whose diffs a prompt already showed. */
  readonly #diffShown = new Set<string>();

  constructor(
    private readonly out: (text: string) => void,
    private readonly style: Style,
  ) {}

  print(frame: ServerFrame): void {
    switch (frame.type) {
      case "item":
        if (frame.event === "started") return this.#started(frame.item);
        if (frame.event === "delta") return this.#delta(frame);
        return this.#completed(frame.item);
      case "command_prompt":
        return this.#prompt(frame);
      case "status":
        return this.#status(frame);
      case "error":
        return this.line(this.style.red(`error (${frame.code}): ${frame.message}`));
      case "terminate":
        if (frame.reason !== "client_closed") this.line(this.style.yellow(`the server ended the stream (${frame.reason}): ${frame.message}`));
        return;
      case "session":
      case "heartbeat":
        return;
    }
  }

  /** A whole line of its own. */
  line(text: string): void {
    this.#newline();
    this.#write(`${text}\n`);
    this.#current = undefined;
  }

  #started(item: Item): void {
    switch (item.type) {
      case "command_execution":
        this.line(this.style.cyan(`$ ${item.commandLine || item.command.join(" ")}`));
        this.#current = item.id;
        return;
      case "tool_call":
        return this.line(this.style.cyan(`tool ${item.server ? `${item.server}.` : ""}${item.tool}`));
      case "web_search":
        return this.line(this.style.cyan(`web search ${item.query ?? item.url ?? ""}`));
      default:
        return;
    }
  }

  #delta(frame: ItemDeltaFrame): void {
    // Raw reasoning (`content`) is long and internal; the summary says what the agent is doing.
    if (frame.field === "content" || frame.itemType === "plan") return;
    if (this.#current !== frame.itemId) {
      this.#newline();
      this.#current = frame.itemId;
      if (frame.itemType === "reasoning") this.#write(this.style.dim("thinking: "));
    }
    this.#streamed.set(frame.itemId, (this.#streamed.get(frame.itemId) ?? "") + frame.delta);
    if (frame.itemType === "reasoning") this.#write(this.style.dim(frame.delta));
    else if (frame.itemType === "command_execution") this.#indented(frame.delta);
    else this.#write(frame.delta);
  }

  #completed(item: Item): void {
    const streamed = this.#streamed.get(item.id) ?? "";
    this.#streamed.delete(item.id);
    switch (item.type) {
      case "agent_message":
        if (this.#current !== item.id) this.#newline();
        this.#write(missing(item.text, streamed));
        return this.#endBlock();
      case "reasoning":
        if (streamed === "" && item.summary.length > 0) this.line(this.style.dim(`thinking: ${item.summary.join(" ")}`));
        else this.#endBlock();
        return;
      case "command_execution": {
        if (this.#current !== item.id) this.#newline();
        this.#indented(missing(item.output, streamed));
        const took = item.durationMs === null ? "" : `, ${seconds(item.durationMs)}`;
        if (item.status === "declined") return this.line(this.style.yellow("    (not run: declined)"));
        if (item.exitCode === 0) return this.line(this.style.dim(`    (exit 0${took})`));
        return this.line(this.style.red(`    (${item.status}${item.exitCode === null ? "" : `, exit ${item.exitCode}`}${took})`));
      }
      case "file_change":
        if (!this.#diffShown.delete(item.id)) for (const change of item.changes) this.#change(change);
        if (item.status === "declined") this.line(this.style.yellow("    (not applied: declined)"));
        else if (item.status === "failed") this.line(this.style.red("    (failed to apply)"));
        else this.line(this.style.dim(`    (applied to ${item.changes.length === 1 ? "1 file" : `${item.changes.length} files`})`));
        return;
      case "tool_call":
        if (item.error !== null) this.line(this.style.red(`    tool failed: ${item.error}`));
        return;
      case "plan":
        this.line(this.style.bold("plan:"));
        for (const { step, status } of item.steps) this.line(`  ${status === "completed" ? "[x]" : status === "in_progress" ? "[>]" : "[ ]"} ${step}`);
        return;
      case "other":
        return this.line(this.style.dim(item.summary ?? item.engineType));
      default:
        return;
    }
  }

  #prompt(prompt: CommandPromptFrame): void {
    this.line(this.style.yellow(this.style.bold(`approval needed: the agent wants to ${prompt.kind === "command" ? "run a command" : prompt.kind === "file_change" ? "change files" : "widen its permissions"}`)));
    if (prompt.kind === "command") {
      this.line(this.style.cyan(`$ ${prompt.commandLine ?? prompt.command.join(" ")}`));
      if (prompt.cwd !== undefined) this.line(this.style.dim(`  in ${prompt.cwd}`));
    }
    if (prompt.changes !== undefined) {
      for (const change of prompt.changes) this.#change(change);
      this.#diffShown.add(prompt.itemId);
    }
    const permissions = prompt.permissions;
    if (permissions?.network) this.line("  network access");
    for (const path of permissions?.readPaths ?? []) this.line(`  read ${path}`);
    for (const path of permissions?.writePaths ?? []) this.line(`  write ${path}`);
    if (prompt.explanation !== "") this.line(this.style.dim(`  why: ${prompt.explanation}`));
  }

  #status(status: StatusFrame): void {
    const took = status.durationMs === undefined ? "" : ` in ${seconds(status.durationMs)}`;
    const tokens = status.usage === undefined ? "" : `, ${status.usage.totalTokens} tokens`;
    if (status.state === "completed") this.line(this.style.dim(`— turn completed${took}${tokens}`));
    else if (status.state === "interrupted") this.line(this.style.yellow(`— turn interrupted (${status.reason ?? "cancelled"})${took}`));
    else if (status.state === "failed") this.line(this.style.red(`— turn failed (${status.reason ?? "unknown"}): ${status.message ?? "no reason given"}`));
  }

  #change(change: FileChange): void {
    const where = change.movePath ? `${change.path} → ${change.movePath}` : change.path;
    this.line(this.style.bold(`  ${change.kind} ${where}`));
    for (const line of change.diff.replace(/\n$/, "").split("\n")) {
      const colored = line.startsWith("+") ? this.style.green(line) : line.startsWith("-") ? this.style.red(line) : line.startsWith("@@") ? this.style.cyan(line) : line;
      this.line(`    ${colored}`);
    }
  }

  /** Command output: every line indented, whatever the chunk boundaries. */
  #indented(text: string): void {
    for (const piece of text.split(/(?<=\n)/)) {
      if (piece === "") continue;
      if (this.#atLineStart) this.#write("    ");
      this.#write(piece);
    }
  }

  #endBlock(): void {
    this.#newline();
    this.#current = undefined;
  }

  #newline(): void {
    if (!this.#atLineStart) this.#write("\n");
  }

  #write(text: string): void {
    if (text === "") return;
    this.out(text);
    this.#atLineStart = text.endsWith("\n");
  }
}

/** The part of a completed field that its deltas did not show (deltas are for liveness). */
function missing(full: string, streamed: string): string {
  return full.startsWith(streamed) ? full.slice(streamed.length) : streamed === "" ? full : "";
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

// ------------------------------------------------------------------ terminal input

/**
 * Lines from stdin, one readline for the whole run: lines typed (or piped) before a question
 * is asked wait for it. On a TTY readline turns Ctrl-C into its own 'SIGINT' event.
 */
class LineInput {
  readonly #rl: Interface;
  readonly #buffered: string[] = [];
  #waiting: ((line: string | null) => void) | undefined;
  #ended = false;

  constructor(onInterrupt: () => void) {
    this.#rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
    this.#rl.on("line", (line) => {
      const waiting = this.#waiting;
      this.#waiting = undefined;
      if (waiting !== undefined) waiting(line);
      else this.#buffered.push(line);
    });
    this.#rl.on("close", () => {
      this.#ended = true;
      this.#waiting?.(null);
    });
    this.#rl.on("SIGINT", onInterrupt);
  }

  /**
   * The next line, or null at end of input (Ctrl-D). Readline echoes what is typed on a TTY;
   * piped or typed-ahead answers are echoed here so the transcript shows question and answer.
   */
  question(prompt: string): Promise<string | null> {
    const buffered = this.#buffered.shift();
    if (buffered !== undefined) {
      process.stdout.write(`${prompt}${buffered}\n`);
      return Promise.resolve(buffered);
    }
    if (this.#ended) return Promise.resolve(null);
    if (this.#rl.terminal) {
      this.#rl.setPrompt(prompt);
      this.#rl.prompt();
      return new Promise((resolve) => (this.#waiting = resolve));
    }
    return new Promise((resolve) => {
      this.#waiting = (line) => {
        process.stdout.write(`${prompt}${line ?? ""}\n`);
        resolve(line);
      };
    });
  }

  /** On a TTY a question's prompt is on screen without a line end: end it before printing. */
  breakPromptLine(): void {
    if (this.#rl.terminal && this.#waiting !== undefined) process.stdout.write("\n");
  }

  /** Answers the question being asked (Ctrl-C at an approval question). */
  answer(line: string): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.(line);
  }

  close(): void {
    this.#rl.close();
  }
}

// ------------------------------------------------------------------ the session

const CHOICES: Record<string, Decision> = { a: "allow", s: "allow_for_session", d: "deny", t: "deny_and_stop" };
const CHOICE_LABELS: Record<Decision, string> = { allow: "[a]llow", allow_for_session: "allow for [s]ession", deny: "[d]eny", deny_and_stop: "s[t]op" };

/**
 * What Ctrl-C does depends on what is going on:
 * - idle: at the prompt for the next message; Ctrl-C quits;
 * - turn: a turn is running; Ctrl-C sends cancel, and quits if it was already sent;
 * - asking: an approval question is open; Ctrl-C answers it with deny_and_stop.
 */
type Activity = { state: "idle" } | { state: "turn"; cancelled: boolean } | { state: "asking" };

class DemoSession {
  #activity: Activity = { state: "idle" };
  readonly #input: LineInput | undefined;

  constructor(
    private readonly args: DemoArgs,
    private readonly session: SessionStream,
    private readonly printer: FramePrinter,
    private readonly style: Style,
    private readonly quit: (code: number) => void,
  ) {
    const interrupt = () => this.#interrupt();
    process.on("SIGINT", interrupt);
    // Questions need stdin unless the answers are fixed or there is nothing to ask.
    const needsInput = args.prompt === undefined || (!args.yes && !args.nonInteractive);
    this.#input = needsInput ? new LineInput(interrupt) : undefined;
  }

  /** Reads prompts until end of input; 0 unless the connection broke. */
  async interactive(): Promise<number> {
    for (;;) {
      this.#activity = { state: "idle" };
      const line = await this.#input!.question(this.style.bold("you> "));
      if (line === null || line.trim() === "/exit" || line.trim() === "/quit") return 0;
      if (line.trim() === "") continue;
      const code = await this.turn(line);
      if (code === 2) return code;
    }
  }

  /** One turn; 0 completed, 1 failed, interrupted or refused, 2 the connection broke. */
  async turn(prompt: string): Promise<number> {
    this.#activity = { state: "turn", cancelled: false };
    let result: TurnResult;
    try {
      const messageId = await this.session.sendMessage(prompt);
      result = await foldTurn(this.#printed(), messageId, async (commandPrompt) => {
        await this.session.approve(commandPrompt.commandId, await this.#decide(commandPrompt));
      });
    } catch (error) {
      const failure = CodexApiError.from(error);
      this.printer.line(this.style.red(`${failure.message}${hintFor(failure, this.args.url, this.session.sessionId)}`));
      return failure.code === "stream_closed" || failure.code === "unavailable" ? 2 : 1;
    } finally {
      this.#activity = { state: "idle" };
    }
    return result.status === "completed" ? 0 : 1;
  }

  close(): void {
    this.#input?.close();
  }

  async *#printed(): AsyncGenerator<ServerFrame> {
    for await (const frame of this.session) {
      this.printer.print(frame);
      yield frame;
    }
  }

  async #decide(prompt: CommandPromptFrame): Promise<Decision> {
    const offered = prompt.decisions;
    const fallback: Decision = offered.includes("deny") ? "deny" : offered[0];
    if (this.args.yes && offered.includes("allow")) return this.#decided("allow", "(--yes)");
    if (this.args.nonInteractive || this.#input === undefined) {
      return this.#decided(fallback, this.args.yes ? "(--yes, but allow is not offered)" : "(--non-interactive)");
    }
    const labels = offered.map((d) => CHOICE_LABELS[d]).join(" / ");
    this.#activity = { state: "asking" };
    try {
      for (;;) {
        const answer = await this.#input.question(`${labels}? `);
        if (answer === null) return this.#decided(fallback, "(end of input)");
        const decision = CHOICES[answer.trim().toLowerCase().slice(0, 1)];
        if (decision !== undefined && offered.includes(decision)) return decision;
        this.printer.line(`please answer with one of: ${labels}`);
      }
    } finally {
      if (this.#activity.state === "asking") this.#activity = { state: "turn", cancelled: false };
    }
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
      this.#input?.answer("t");
    } else if (activity.state === "turn" && !activity.cancelled) {
      this.#activity = { state: "turn", cancelled: true };
      this.printer.line(this.style.yellow("cancelling the turn (Ctrl-C again to quit)"));
      this.session.cancel().catch(() => undefined);
    } else {
      this.printer.line(this.style.dim(`continue later with: ${continueCommand(this.session.sessionId)}`));
      this.quit(130);
    }
  }
}

/** What to do about an error, for a newcomer; `sessionId` once a session is open. */
function hintFor(error: CodexApiError, url: string, sessionId?: string): string {
  if (error.code === "unavailable" && /certificate/i.test(error.message)) return "\n  give the server's certificate with --ca FILE";
  if (error.code === "unavailable" && sessionId === undefined) {
    return `\n  is the server running at ${url}? start it with \`npm start\`, or give its address with --url (or CODEX_API_URL)`;
  }
  if (error.code === "unauthorized") return "\n  pass the server's token with --token T (or CODEX_API_TOKEN)";
  if (sessionId !== undefined && error.retryable) return `\n  the session is kept on the server; continue it with: ${continueCommand(sessionId)}`;
  return "";
}

/** How to run this client again, as it was started (compiled or through tsx). */
function continueCommand(sessionId: string): string {
  const script = process.argv[1] === undefined ? "demo-client" : relative(process.cwd(), process.argv[1]) || process.argv[1];
  const runner = script.endsWith(".ts") ? "npx tsx" : "node";
  return `${runner} ${script} ${sessionId} "next prompt"`;
}

/** `continueHint: false` when the server will be gone afterwards (`npm run demo`). */
export async function main(argv: string[], env: Readonly<Record<string, string | undefined>>, options: { continueHint?: boolean } = {}): Promise<number> {
  const parsed = parseDemoArgs(argv, env);
  if (parsed.kind === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === "usage_error") {
    process.stderr.write(`demo-client: ${parsed.message}\n\n${USAGE}\n`);
    return 2;
  }
  const args = parsed.args;
  const style = makeStyle(process.stdout.isTTY === true && env.NO_COLOR === undefined);
  const fail = (error: unknown): number => {
    const failure = CodexApiError.from(error);
    process.stderr.write(`demo-client: ${failure.message}${hintFor(failure, args.url)}\n`);
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
  const printer = new FramePrinter((text) => process.stdout.write(text), style);
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
  if (options.continueHint !== false) printer.line(style.dim(`continue it later with: ${continueCommand(session.sessionId)}`));
  const demo = new DemoSession(args, session, printer, style, (code) => process.exit(code));
  const code = args.prompt === undefined ? await demo.interactive() : await demo.turn(args.prompt);
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
