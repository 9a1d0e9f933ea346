// The demo client's keyboard: lines from stdin, one readline for the whole run.
import { clearLine, createInterface, cursorTo, type Interface } from "node:readline";

/** What question() resolves to when the question was withdrawn before it was answered. */
export const WITHDRAWN: unique symbol = Symbol("withdrawn");

/** A line, null at end of input (Ctrl-D), or WITHDRAWN. */
export type Reply = string | null | typeof WITHDRAWN;

export interface LineInputOptions {
  /** Ctrl-C. */
  onInterrupt: () => void;
  /**
   * A line entered while no question is open: return true to take it (it is then not kept for
   * the next question), false to keep it as an answer typed ahead.
   */
  onUnasked?: (line: string) => boolean;
}

/**
 * Lines from stdin, one readline for the whole run: lines typed (or piped) before a question
 * is asked wait for it. Readline edits the line on the terminal only when both stdin and stdout
 * are one: with stdout piped (`| tee log`) it would write cursor escapes into the pipe, so then
 * the terminal's own line editing is used. In terminal mode readline turns Ctrl-C into its own
 * 'SIGINT' event; otherwise the terminal sends SIGINT to the process.
 */
export class LineInput {
  readonly #rl: Interface;
  readonly #buffered: string[] = [];
  /** A line typed by someone who sees the questions (stdin a TTY), not piped answers. */
  readonly #typed = process.stdin.isTTY === true;
  #waiting: ((reply: Reply) => void) | undefined;
  #ended = false;

  constructor(private readonly options: LineInputOptions) {
    const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true;
    this.#rl = createInterface({ input: process.stdin, output: process.stdout, terminal });
    this.#rl.on("line", (line) => {
      const waiting = this.#waiting;
      if (waiting !== undefined) return this.#resolve(line);
      if (this.options.onUnasked?.(line) === true) return;
      this.#buffered.push(line);
    });
    this.#rl.on("close", () => {
      this.#ended = true;
      this.#resolve(null);
    });
    this.#rl.on("SIGINT", options.onInterrupt);
  }

  /** Whether a question is open (asked and not yet answered or withdrawn). */
  get asking(): boolean {
    return this.#waiting !== undefined;
  }

  /**
   * The next line, null at end of input (Ctrl-D), or WITHDRAWN when withdraw() took the question
   * back. Readline echoes what is typed on a TTY; piped or typed-ahead answers are echoed here so
   * the transcript shows question and answer.
   */
  question(prompt: string): Promise<Reply> {
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
    // A person at a terminal (stdout piped) needs the question now; the terminal echoes the answer.
    if (this.#typed) {
      process.stdout.write(prompt);
      return new Promise((resolve) => (this.#waiting = resolve));
    }
    return new Promise((resolve) => {
      this.#waiting = (reply) => {
        if (reply !== WITHDRAWN) process.stdout.write(`${prompt}${reply ?? ""}\n`);
        resolve(reply);
      };
    });
  }

  /**
   * Takes back the open question: it resolves to WITHDRAWN, and on a terminal its line is erased
   * along with whatever was typed on it. Returns what was typed but not yet entered ("" if
   * nothing), or undefined when no question was open.
   */
  withdraw(): string | undefined {
    if (this.#waiting === undefined) return undefined;
    let typed = "";
    if (this.#rl.terminal) {
      typed = this.#rl.line;
      this.#rl.setPrompt("");
      // Ctrl-E, Ctrl-U: to the end of the line, then delete all of it, so a later Enter does not send it.
      this.#rl.write(null, { ctrl: true, name: "e" });
      this.#rl.write(null, { ctrl: true, name: "u" });
      cursorTo(process.stdout, 0);
      clearLine(process.stdout, 0);
    } else if (this.#typed) {
      process.stdout.write("\n");
    }
    this.#resolve(WITHDRAWN);
    return typed;
  }

  /** Runs `write` (whole lines) while a question is on the terminal: above it, then the question is drawn again. */
  interject(write: () => void): void {
    if (!this.#rl.terminal || this.#waiting === undefined) return write();
    cursorTo(process.stdout, 0);
    clearLine(process.stdout, 0);
    write();
    this.#rl.prompt(true);
  }

  /** On a TTY a question's prompt is on screen without a line end: end it before printing. */
  breakPromptLine(): void {
    if ((this.#rl.terminal || this.#typed) && this.#waiting !== undefined) process.stdout.write("\n");
  }

  /** Answers the question being asked (Ctrl-C at an approval question). */
  answer(line: string): void {
    this.#resolve(line);
  }

  close(): void {
    this.#rl.close();
  }

  #resolve(reply: Reply): void {
    const waiting = this.#waiting;
    if (waiting === undefined) return;
    this.#waiting = undefined;
    // A refresh of the line (an edit key typed during the turn) must not draw an old question again.
    if (this.#rl.terminal) this.#rl.setPrompt("");
    waiting(reply);
  }
}
