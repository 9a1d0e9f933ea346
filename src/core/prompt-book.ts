// The prompts one session waits on, each with its deadline. However a prompt is resolved —
// answered, timed out, withdrawn by the engine, or ended with its turn — its deadline is cleared
// in the same step, and its id is remembered (bounded) to tell "already resolved" from "unknown".
import { isQuestion, type PromptRequest } from "./engine-port.js";

export interface PendingPrompt {
  request: PromptRequest;
  turnId: string;
}

/** How many resolved prompt ids a session remembers. */
const RESOLVED_MEMORY = 1024;

export class PromptBook {
  readonly #pending = new Map<string, PendingPrompt & { timer: NodeJS.Timeout }>();
  readonly #resolved = new Set<string>();

  get size(): number {
    return this.#pending.size;
  }

  ids(): string[] {
    return [...this.#pending.keys()];
  }

  /** Pending approvals (`command_prompt`) and questions (`question_prompt`), apart. */
  idsByType(): { commands: string[]; questions: string[] } {
    const commands: string[] = [];
    const questions: string[] = [];
    for (const [id, { request }] of this.#pending) (isQuestion(request) ? questions : commands).push(id);
    return { commands, questions };
  }

  get(id: string): PendingPrompt | undefined {
    return this.#pending.get(id);
  }

  /** Waits on `request`; `onTimeout` runs once, after `timeoutMs`, if it is still pending then. */
  add(request: PromptRequest, turnId: string, timeoutMs: number, onTimeout: (prompt: PendingPrompt) => void): void {
    const timer = setTimeout(() => {
      const prompt = this.resolve(request.id);
      if (prompt !== undefined) onTimeout(prompt);
    }, timeoutMs);
    timer.unref();
    this.#pending.set(request.id, { request, turnId, timer });
  }

  /** No longer pending, deadline cleared, id remembered; returns the prompt if it was pending. */
  resolve(id: string): PendingPrompt | undefined {
    const prompt = this.#pending.get(id);
    if (prompt !== undefined) {
      clearTimeout(prompt.timer);
      this.#pending.delete(id);
    }
    this.#remember(id);
    return prompt;
  }

  /** Resolves every pending prompt (their turn ended or is stopping); returns them. */
  resolveAll(): PendingPrompt[] {
    return this.ids().map((id) => this.resolve(id)!);
  }

  wasResolved(id: string): boolean {
    return this.#resolved.has(id);
  }

  #remember(id: string): void {
    this.#resolved.delete(id);
    this.#resolved.add(id);
    if (this.#resolved.size > RESOLVED_MEMORY) this.#resolved.delete(this.#resolved.values().next().value!);
  }
}
