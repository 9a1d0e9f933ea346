// Requests the engine sends us. Approvals become the port's ApprovalRequest, the agent's questions
// and MCP elicitations its QuestionRequest; every other request gets an explicit answer (a
// decline or a JSON-RPC error): an unanswered one would stall its turn.
import type { Decision } from "../../generated/types.js";
import type { ApplyPatchApprovalResponse, ExecCommandApprovalResponse, RequestId, ServerRequest } from "../../generated/engine/index.js";
import type {
  CommandExecutionRequestApprovalParams,
  CommandExecutionRequestApprovalResponse,
  DynamicToolCallResponse,
  FileChangeRequestApprovalParams,
  FileChangeRequestApprovalResponse,
  McpServerElicitationRequestParams,
  PermissionsRequestApprovalParams,
  ToolRequestUserInputParams,
} from "../../generated/engine/v2/index.js";
import type { ApprovalRequest, EngineEvent, QuestionAnswer, QuestionRequest } from "../core/engine-port.js";
import { APPROVAL_DECISIONS, commandDecision, fileChangeDecision, permissionsResponse, permissionsView } from "./approvals.js";
import type { EngineConnection } from "./engine-connection.js";
import type { Logger } from "./engine-log.js";
import { commandArgv } from "./map-items.js";
import { elicitationResponse, elicitationView, questionsView, userInputResponse } from "./questions.js";
import type { Live } from "./supervisor.js";
import type { ThreadBook } from "./thread-book.js";

/** Approval ids remembered to keep them unique (see #issued). */
export const ISSUED_MEMORY = 4096;

const JSONRPC_METHOD_NOT_FOUND = -32601;
const JSONRPC_SERVER_ERROR = -32000;

/** What the handler needs from the adapter. */
export interface ServerRequestHost {
  /** The current engine process, if any. */
  live(): Live<EngineConnection> | null;
  thread(threadId: string): ThreadBook | undefined;
  emit(event: EngineEvent): void;
  interruptTurn(threadId: string, turnId: string): Promise<void>;
  log: Logger;
}

type ApprovalView = Omit<ApprovalRequest, "id" | "decisions" | "respond">;

export class ServerRequests {
  readonly #host: ServerRequestHost;
  /** Approvals the engine waits for, by `${generation}:${requestId}` (request ids restart with each process). */
  readonly #pending = new Map<string, { id: string; threadId: string }>();
  /**
   * Recently issued approval ids, oldest first, so an id is not reused while a client may still
   * hold it (across engine restarts, and call ids a model repeats). Bounded: an id is only
   * reissued after ISSUED_MEMORY newer ones, long after its prompt was resolved.
   */
  readonly #issued = new Set<string>();

  constructor(host: ServerRequestHost) {
    this.#host = host;
  }

  handle(generation: number, requestId: RequestId, method: string, params: unknown): void {
    const live = this.#host.live();
    if (live === null || live.generation !== generation) {
      this.#host.log.warn({ method, generation }, "engine request from a process that is no longer current: not answered");
      return;
    }
    const connection = live.connection;
    switch (method as ServerRequest["method"]) {
      case "item/commandExecution/requestApproval": {
        const p = params as CommandExecutionRequestApprovalParams;
        const commandLine = p.command ?? "";
        const view: ApprovalView = { kind: "command", itemId: p.itemId, command: commandArgv(commandLine), commandLine, reason: p.reason ?? "" };
        if (p.cwd != null) view.cwd = p.cwd;
        this.#ask(live, requestId, p.threadId, p.turnId, p.approvalId ?? p.itemId, view, (decision) => ({
          decision: commandDecision(decision),
        }) satisfies CommandExecutionRequestApprovalResponse);
        return;
      }
      case "item/fileChange/requestApproval": {
        const p = params as FileChangeRequestApprovalParams;
        // The request carries no diff: it is on the fileChange item started just before (docs/engine-notes.md §2).
        const changes = this.#host.thread(p.threadId)?.find(p.turnId)?.fileChanges.get(p.itemId);
        if (changes === undefined) this.#host.log.warn({ threadId: p.threadId, itemId: p.itemId }, "file change approval: no item/started carried its diff");
        const view: ApprovalView = { kind: "file_change", itemId: p.itemId, command: [], reason: p.reason ?? "", changes: changes ?? [] };
        this.#ask(live, requestId, p.threadId, p.turnId, p.itemId, view, (decision) => ({
          decision: fileChangeDecision(decision),
        }) satisfies FileChangeRequestApprovalResponse);
        return;
      }
      case "item/permissions/requestApproval": {
        const p = params as PermissionsRequestApprovalParams;
        const view: ApprovalView = { kind: "permissions", itemId: p.itemId, command: [], cwd: p.cwd, reason: p.reason ?? "", permissions: permissionsView(p.permissions) };
        this.#ask(live, requestId, p.threadId, p.turnId, p.itemId, view, (decision) => permissionsResponse(p.permissions, decision), (decision) => {
          // A permissions answer has no cancel: stop the turn ourselves.
          if (decision === "deny_and_stop") void this.#host.interruptTurn(p.threadId, p.turnId).catch(() => {});
        });
        return;
      }
      case "item/tool/requestUserInput": {
        const p = params as ToolRequestUserInputParams;
        const view = questionsView(p);
        if (typeof view === "string") {
          this.#host.log.warn({ threadId: p.threadId, reason: view }, "question refused: answered with no answers");
          connection.respond(requestId, userInputResponse({ action: "decline" }));
          return;
        }
        this.#question(live, requestId, p.threadId, p.turnId, p.itemId, { kind: "questions", itemId: p.itemId, message: "", questions: view }, (answer) =>
          userInputResponse(answer),
        );
        return;
      }
      case "mcpServer/elicitation/request": {
        const p = params as McpServerElicitationRequestParams;
        const view = elicitationView(p);
        // An elicitation outside a turn has no prompt to hang on (the engine may send one: turnId is nullable).
        if (typeof view === "string" || p.turnId === null) {
          this.#host.log.warn({ threadId: p.threadId, server: p.serverName, reason: typeof view === "string" ? view : "outside a turn" }, "MCP elicitation declined");
          connection.respond(requestId, elicitationResponse({ action: "decline" }, "form"));
          return;
        }
        this.#question(live, requestId, p.threadId, p.turnId, `mcp-${p.serverName.slice(0, 64)}`, view, (answer) => elicitationResponse(answer, view.kind));
        return;
      }
      case "item/tool/call":
        this.#decline(connection, requestId, method, {
          contentItems: [{ type: "inputText", text: "codex-api provides no dynamic tools" }],
          success: false,
        } satisfies DynamicToolCallResponse);
        return;
      case "applyPatchApproval":
      case "execCommandApproval":
        this.#decline(connection, requestId, method, {
          decision: { denied: { rejection: "codex-api answers only v2 approval requests" } },
        } satisfies ApplyPatchApprovalResponse & ExecCommandApprovalResponse);
        return;
      case "account/chatgptAuthTokens/refresh":
      case "attestation/generate":
        this.#host.log.warn({ method }, "engine request refused: codex-api does not serve it");
        connection.respondError(requestId, JSONRPC_SERVER_ERROR, `codex-api does not serve ${method}`);
        return;
      default:
        this.#host.log.warn({ method }, "unknown engine request refused");
        connection.respondError(requestId, JSONRPC_METHOD_NOT_FOUND, `codex-api does not know ${method}`);
    }
  }

  /** The engine settled a request: by our answer, or by itself (e.g. interrupt) — then it is withdrawn. */
  resolved(generation: number, threadId: string, requestId: RequestId): void {
    const key = `${generation}:${requestId}`;
    const pending = this.#pending.get(key);
    if (pending === undefined) return;
    this.#pending.delete(key);
    this.#host.emit({ kind: "approval_withdrawn", threadId, requestId: pending.id });
  }

  /** The engine died: its requests are gone with it (engine_exited says so). */
  forget(): void {
    this.#pending.clear();
  }

  #decline(connection: EngineConnection, requestId: RequestId, method: string, answer: unknown): void {
    this.#host.log.warn({ method }, "engine request declined: codex-api does not serve it");
    connection.respond(requestId, answer);
  }

  /** Publishes an approval; its answer goes to the process that asked, if that is still running. */
  #ask(
    live: Live<EngineConnection>,
    requestId: RequestId,
    threadId: string,
    turnId: string,
    baseId: string,
    view: ApprovalView,
    answer: (decision: Decision) => unknown,
    afterAnswer?: (decision: Decision) => void,
  ): void {
    if (this.#host.thread(threadId) === undefined) {
      this.#host.log.warn({ threadId }, "approval for a closed thread: answered deny_and_stop");
      live.connection.respond(requestId, answer("deny_and_stop"));
      return;
    }
    const key = `${live.generation}:${requestId}`;
    const id = this.#approvalId(baseId);
    this.#pending.set(key, { id, threadId });
    let answered = false;
    const request: ApprovalRequest = {
      id,
      ...view,
      decisions: [...APPROVAL_DECISIONS],
      // `explanation` has no place in the engine's answer: the model only learns the decision.
      respond: (decision) => {
        if (answered) return;
        answered = true;
        const current = this.#host.live();
        // Withdrawn, or its engine died: nobody waits for the answer any more.
        if (current === null || current.generation !== live.generation || !this.#pending.delete(key)) return;
        current.connection.respond(requestId, answer(decision));
        afterAnswer?.(decision);
      },
    };
    this.#host.emit({ kind: "approval_requested", threadId, turnId, request });
  }

  /** Publishes a question; its answer goes to the process that asked, if that is still running. */
  #question(
    live: Live<EngineConnection>,
    requestId: RequestId,
    threadId: string,
    turnId: string,
    baseId: string,
    view: Omit<QuestionRequest, "id" | "respond">,
    answer: (answer: QuestionAnswer) => unknown,
  ): void {
    if (this.#host.thread(threadId) === undefined) {
      this.#host.log.warn({ threadId }, "question for a closed thread: declined");
      live.connection.respond(requestId, answer({ action: "decline" }));
      return;
    }
    const key = `${live.generation}:${requestId}`;
    const id = this.#approvalId(baseId);
    this.#pending.set(key, { id, threadId });
    let answered = false;
    const request: QuestionRequest = {
      id,
      ...view,
      respond: (given) => {
        if (answered) return;
        answered = true;
        const current = this.#host.live();
        if (current === null || current.generation !== live.generation || !this.#pending.delete(key)) return;
        current.connection.respond(requestId, answer(given));
      },
    };
    this.#host.emit({ kind: "question_requested", threadId, turnId, request });
  }

  #approvalId(base: string): string {
    let id = base;
    for (let n = 2; this.#issued.has(id); n++) id = `${base}#${n}`;
    this.#issued.add(id);
    if (this.#issued.size > ISSUED_MEMORY) this.#issued.delete(this.#issued.values().next().value!);
    return id;
  }

  /** How many ids are remembered now (for tests). */
  get issuedCount(): number {
    return this.#issued.size;
  }
}
