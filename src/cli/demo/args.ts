// The demo client's command line: options, the environment's defaults, and the usage text.
import { parseArgs } from "node:util";
import { nearestName } from "../../config/options.js";

export const DEFAULT_URL = "http://127.0.0.1:8080";

export const USAGE = `Usage: codex-api-demo-client [options] ["prompt"]

Talks to a codex-api server: sends your prompt, streams what the agent does, and asks you
before it runs a command or changes a file.

  codex-api-demo-client                         new session; type prompts, one per line (Ctrl-D quits)
  codex-api-demo-client "add a README"          new session, one prompt, then exit
  codex-api-demo-client --session ID            continue a session, typing prompts
  codex-api-demo-client --session ID "prompt"   continue a session with one prompt

Options:
  --session ID         continue this session (its id is printed when a turn ends)
  --url URL            server URL (default $CODEX_API_URL or ${DEFAULT_URL}); https:// for TLS
  --framing F          ndjson (default) or lp (length-prefixed)
  --ca FILE            PEM certificate to trust for https:// (a self-signed server)
  --token T            bearer token (default $CODEX_API_TOKEN)
  --yes                approve every prompt with "allow"
  --non-interactive    never ask: approve with --yes, deny otherwise; needs a prompt
  -h, --help           this text
  -V, --version        print the version

Colours only on a terminal; NO_COLOR (any non-empty value) turns them off, FORCE_COLOR=1 on
for a pipe. The older form \`codex-api-demo-client <sessionId> "prompt"\` (two arguments; "-" for
a new session) still works.

At the you> prompt, /review, /compact, /fork and /rollback review code, compact the
conversation, fork it into a new session or remove its last turns (/help lists them).

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

export type ParsedArgs = { kind: "run"; args: DemoArgs } | { kind: "help" } | { kind: "version" } | { kind: "usage_error"; message: string };

export function parseDemoArgs(argv: string[], env: Readonly<Record<string, string | undefined>>): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        session: { type: "string" },
        url: { type: "string" },
        framing: { type: "string" },
        ca: { type: "string" },
        token: { type: "string" },
        yes: { type: "boolean", default: false },
        "non-interactive": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "V", default: false },
      },
    });
  } catch (error) {
    return { kind: "usage_error", message: usageMessage(error as Error & { code?: string }) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const url = values.url ?? nonEmpty(env.CODEX_API_URL) ?? DEFAULT_URL;
  if (!/^https?:\/\/[^/]/.test(url)) return { kind: "usage_error", message: `--url ${url} is not an http:// or https:// URL` };
  const framing = values.framing === undefined || values.framing === "ndjson" ? "ndjson" : values.framing === "lp" || values.framing === "length-prefixed" ? "length-prefixed" : undefined;
  if (framing === undefined) return { kind: "usage_error", message: `--framing must be ndjson or lp, got ${values.framing}` };
  if (positionals.length > 2 || (positionals.length === 2 && values.session !== undefined)) {
    return { kind: "usage_error", message: `expected one prompt, got ${positionals.length} arguments; quote the prompt` };
  }
  // One argument is the prompt; two are the older form "<sessionId> <prompt>".
  let [sessionId, prompt]: (string | undefined)[] = positionals.length === 2 ? positionals : [values.session, positionals[0]];
  if (sessionId === "-") sessionId = undefined;
  if (sessionId !== undefined && sessionId.trim() === "") return { kind: "usage_error", message: "--session needs a session id" };
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

const OPTION_NAMES = ["session", "url", "framing", "ca", "token", "yes", "non-interactive", "help", "version"];

/** parseArgs' complaint in our words, with the option most likely meant. */
function usageMessage(error: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const near = nearestName(quoted, OPTION_NAMES);
    return `unknown option ${quoted}${near === undefined ? "" : `; did you mean --${near}?`}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = quoted.split(" ")[0] ?? quoted;
    return /does not take an argument/.test(error.message) ? `${option} takes no value` : `${option} needs a value`;
  }
  return error.message;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

// ------------------------------------------------------------------ output
