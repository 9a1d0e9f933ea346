// The demo client's keyboard: lines from stdin, one readline for the whole run.
import { createInterface, type Interface } from "node:readline";

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
  #waiting: ((line: string | null) => void) | undefined;
  #ended = false;

  constructor(onInterrupt: () => void) {
    const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true;
    this.#rl = createInterface({ input: process.stdin, output: process.stdout, terminal });
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
    // A person at a terminal (stdout piped) needs the question now; the terminal echoes the answer.
    if (this.#typed) {
      process.stdout.write(prompt);
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
    if ((this.#rl.terminal || this.#typed) && this.#waiting !== undefined) process.stdout.write("\n");
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
