// The engine methods this adapter uses, typed from `generated/engine` (ts-rs output of the pinned
// `codex app-server generate-ts`), so a Codex upgrade that changes them breaks the build.
import type { ClientRequest, InitializeResponse } from "../../generated/engine/index.js";
import type {
  ReviewStartResponse,
  ThreadCompactStartResponse,
  ThreadForkResponse,
  ThreadResumeResponse,
  ThreadRevertResponse,
  ThreadStartResponse,
  ThreadUnsubscribeResponse,
  TurnInterruptResponse,
  TurnStartResponse,
  TurnSteerResponse,
} from "../../generated/engine/v2/index.js";

/**
 * `thread/backgroundTerminals/*` need `capabilities.experimentalApi` and are missing from
 * `generated/engine` (generated without `--experimental`). These mirror `generate-ts --experimental`
 * of the pinned engine; test/engine/engine-protocol.test.ts checks them against it.
 */
export type ThreadBackgroundTerminal = {
  itemId: string;
  processId: string;
  command: string;
  cwd: string;
  osPid: number | null;
  cpuPercent: number | null;
  rssKb: number | null;
};

type ExperimentalMethods = {
  "thread/backgroundTerminals/list": {
    params: { threadId: string; cursor?: string | null; limit?: number | null };
    result: { data: ThreadBackgroundTerminal[]; nextCursor: string | null };
  };
  "thread/backgroundTerminals/terminate": { params: { threadId: string; processId: string }; result: { terminated: boolean } };
};

type StableResults = {
  initialize: InitializeResponse;
  "thread/start": ThreadStartResponse;
  "thread/resume": ThreadResumeResponse;
  "thread/unsubscribe": ThreadUnsubscribeResponse;
  "turn/start": TurnStartResponse;
  "turn/interrupt": TurnInterruptResponse;
  "review/start": ReviewStartResponse;
  "thread/compact/start": ThreadCompactStartResponse;
  "thread/fork": ThreadForkResponse;
  "thread/revert": ThreadRevertResponse;
  "turn/steer": TurnSteerResponse;
};

type StableMethod = keyof StableResults & ClientRequest["method"];

export type EngineMethods = {
  [M in StableMethod]: { params: Extract<ClientRequest, { method: M }>["params"]; result: StableResults[M] };
} & ExperimentalMethods;

export type EngineMethod = keyof EngineMethods;
