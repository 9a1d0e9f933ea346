// How the demo client shows server frames on a terminal: the agent's text as it streams,
// commands with their output, diffs, prompts, and the end of a turn.
import type { CommandPromptFrame, FileChange, Item, ItemDeltaFrame, QuestionPromptFrame, ServerFrame, StatusFrame, UsageFrame } from "../../client/index.js";

export interface Style {
  dim(text: string): string;
  bold(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/**
 * Whether to colour: only on a terminal, and never when NO_COLOR is set to anything but the empty
 * string (https://no-color.org). FORCE_COLOR set (other than "0" or "false") colours a pipe too,
 * e.g. for `less -R`; NO_COLOR still wins over it.
 */
export function colorWanted(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  return isTTY;
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
  /** The deltas already shown of each open item, so completion prints only what is missing. */
  readonly #streamed = new Map<string, string[]>();
  /** File changes whose diffs a prompt already showed. */
  readonly #diffShown = new Set<string>();
  /** Commands whose `$ command` line is on screen (from the item's start or its prompt). */
  readonly #commandShown = new Set<string>();
  /** The command whose `$` line is the last thing printed: its prompt need not repeat it. */
  #commandJustShown: string | undefined;
  /** Prompts printed and still pending, to say plainly what a timeout did. */
  readonly #prompts = new Map<string, Pick<CommandPromptFrame, "kind" | "timeoutMs">>();
  /** The running turn's latest usage: how full the context is, shown with the turn's end. */
  #usage: UsageFrame | undefined;

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
      case "question_prompt":
        return this.#question(frame);
      case "status":
        return this.#status(frame);
      case "usage":
        this.#usage = frame;
        return;
      case "error":
        if (frame.code === "approval_timeout" && frame.commandId !== undefined) return this.#timedOut(frame.commandId);
        if (frame.code === "question_timeout") return this.line(this.style.yellow(`the question timed out: ${frame.message}`));
        return this.line(this.style.red(`error (${frame.code}): ${frame.message}`));
      case "terminate":
        if (frame.reason !== "client_closed") this.line(this.style.yellow(`the server ended the stream (${frame.reason}): ${frame.message}`));
        return;
      case "session_forked":
        return this.line(this.style.green(`forked into session ${frame.newSessionId} (through turn ${frame.atTurnId})`));
      case "rolled_back":
        return this.line(this.style.green(`rolled back ${frame.removedTurnIds.length} turns; files on disk are not reverted`));
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

  /** Ends a line left open by streamed text, so that what comes next starts on a line of its own. */
  endLine(): void {
    this.#endBlock();
  }

  #started(item: Item): void {
    switch (item.type) {
      case "command_execution":
        // A prompt that came first already showed the command.
        if (!this.#commandShown.has(item.id)) this.#commandLine(item.id, item.commandLine || item.command.join(" "));
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
    const shown = this.#streamed.get(frame.itemId);
    if (shown === undefined) this.#streamed.set(frame.itemId, [frame.delta]);
    else shown.push(frame.delta);
    if (frame.itemType === "reasoning") this.#write(this.style.dim(frame.delta));
    else if (frame.itemType === "command_execution") this.#indented(frame.delta);
    else this.#write(frame.delta);
  }

  #completed(item: Item): void {
    const streamed = this.#streamed.get(item.id) ?? [];
    this.#streamed.delete(item.id);
    switch (item.type) {
      case "agent_message": {
        if (this.#current !== item.id) this.#newline();
        const { after, earlier } = unshown(item.text, streamed);
        this.#write(after);
        if (earlier.length > 0) {
          this.line(this.style.dim("(earlier text that was not shown live:)"));
          for (const part of earlier) this.line(part.replace(/\n$/, ""));
        }
        return this.#endBlock();
      }
      case "reasoning":
        if (streamed.length === 0 && item.summary.length > 0) this.line(this.style.dim(`thinking: ${item.summary.join(" ")}`));
        else this.#endBlock();
        return;
      case "command_execution": {
        this.#commandShown.delete(item.id);
        if (this.#current !== item.id) this.#newline();
        // Deltas are for liveness: the completed item's output is the whole of it, and the
        // engine may have sent some of it (often the first lines) only here.
        const { after, earlier } = unshown(item.output, streamed);
        this.#indented(after);
        if (earlier.length > 0) {
          this.line(this.style.dim("    (earlier output that was not shown live:)"));
          for (const part of earlier) {
            this.#indented(part);
            this.#newline();
          }
        }
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
      case "user_message":
        // Input typed while the turn ran, now in the turn (the turn's own prompt is not repeated).
        if (item.inReplyTo !== undefined) this.line(this.style.dim(`↳ the agent got: ${item.text}`));
        return;
      default:
        return;
    }
  }

  #prompt(prompt: CommandPromptFrame): void {
    this.#prompts.set(prompt.commandId, { kind: prompt.kind, timeoutMs: prompt.timeoutMs });
    if (prompt.kind === "command") {
      // The command's start usually printed it just now: say "above" rather than print it twice.
      const above = this.#commandJustShown === prompt.itemId;
      this.line(this.style.yellow(this.style.bold(`approval needed: the agent wants to run ${above ? "the command above" : "a command"}`)));
      if (!above) this.#commandLine(prompt.itemId, prompt.commandLine ?? prompt.command.join(" "));
      if (prompt.cwd !== undefined) this.line(this.style.dim(`  in ${prompt.cwd}`));
    } else {
      this.line(this.style.yellow(this.style.bold(`approval needed: the agent wants to ${prompt.kind === "file_change" ? "change files" : "widen its permissions"}`)));
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

  /** The agent's questions, or an MCP server's form or link: what is asked, with the choices. */
  #question(prompt: QuestionPromptFrame): void {
    if (prompt.kind === "questions") {
      const count = prompt.questions?.length ?? 0;
      this.line(this.style.yellow(this.style.bold(`the agent asks you ${count === 1 ? "a question" : `${count} questions`}`)));
      return;
    }
    const who = prompt.serverName === undefined ? "an MCP server" : `the MCP server ${prompt.serverName}`;
    this.line(this.style.yellow(this.style.bold(`${who} asks: ${prompt.message || "(no message)"}`)));
    if (prompt.kind === "url") this.line(`  open ${prompt.url ?? "(no link given)"}`);
  }

  /** The server denied a prompt nobody answered in time (fail closed). */
  #timedOut(commandId: string): void {
    const prompt = this.#prompts.get(commandId);
    this.#prompts.delete(commandId);
    const what = prompt === undefined ? "request" : prompt.kind === "command" ? "command" : prompt.kind === "file_change" ? "file change" : "permission request";
    const within = prompt === undefined ? "" : ` within ${seconds(prompt.timeoutMs).replace(/\.0 s$/, " s")}`;
    this.line(this.style.yellow(`the approval prompt timed out (no answer${within}): the ${what} was denied`));
  }

  #commandLine(itemId: string, commandLine: string): void {
    this.line(this.style.cyan(`$ ${commandLine}`));
    this.#commandShown.add(itemId);
    this.#commandJustShown = itemId;
  }

  #status(status: StatusFrame): void {
    if (status.state !== "started") {
      // Whatever the turn left pending is resolved with it.
      this.#prompts.clear();
      this.#commandShown.clear();
    }
    const took = status.durationMs === undefined ? "" : ` in ${seconds(status.durationMs)}`;
    const tokens = status.usage === undefined ? "" : `, ${status.usage.totalTokens} tokens${this.#contextUse(status.turnId)}`;
    if (status.state !== "started") this.#usage = undefined;
    if (status.state === "completed") this.line(this.style.dim(`— turn completed${took}${tokens}`));
    else if (status.state === "interrupted") this.line(this.style.yellow(`— turn interrupted (${status.reason ?? "cancelled"})${took}`));
    else if (status.state === "failed") this.line(this.style.red(`— turn failed (${status.reason ?? "unknown"}): ${status.message ?? "no reason given"}`));
  }

  /** ", context 3% full" (and the rate limit's use) from the turn's last usage frame, if any. */
  #contextUse(turnId: string): string {
    const usage = this.#usage;
    if (usage === undefined || usage.turnId !== turnId) return "";
    const parts: string[] = [];
    if (usage.contextWindow !== null && usage.contextWindow > 0) parts.push(`context ${Math.round((100 * usage.last.totalTokens) / usage.contextWindow)}% full`);
    const primary = usage.rateLimits?.primary;
    if (primary !== undefined) parts.push(`rate limit ${primary.usedPercent}% used`);
    return parts.map((part) => `, ${part}`).join("");
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
    this.#commandJustShown = undefined;
    this.out(text);
    this.#atLineStart = text.endsWith("\n");
  }
}

/**
 * What of a completed field (`full`) its deltas (`shown`, in order) did not show: `after`, what
 * follows the last delta shown, which continues the stream; `earlier`, the parts before it that
 * no delta carried (the head, or a piece in between), in order. Nothing shown is returned again.
 */
export function unshown(full: string, shown: readonly string[]): { after: string; earlier: string[] } {
  const streamed = shown.join("");
  if (full.startsWith(streamed)) return { after: full.slice(streamed.length), earlier: [] };
  // One missing piece before the deltas: the engine sent the first output only in the completed item.
  const at = full.lastIndexOf(streamed);
  if (at > 0) return { after: full.slice(at + streamed.length), earlier: [full.slice(0, at)] };
  // Pieces missing here and there: each delta is looked for after the previous one; one not found
  // (the final text differs from the deltas) is passed over.
  const earlier: string[] = [];
  let end = 0;
  let found = false;
  for (const delta of shown) {
    if (delta === "") continue;
    const index = full.indexOf(delta, end);
    if (index < 0) continue;
    if (index > end) earlier.push(full.slice(end, index));
    end = index + delta.length;
    found = true;
  }
  // Nothing of what was shown is in the final text: printing it would likely repeat it.
  if (!found) return { after: "", earlier: [] };
  return { after: full.slice(end), earlier };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
