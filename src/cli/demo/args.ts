// The demo client's command line: options, the environment's defaults, and the usage text.
import { parseArgs } from "node:util";

export const DEFAULT_URL = "http://127.0.0.1:8080";

export const USAGE = `Usage: demo-client [options] [sessionId] ["prompt"]

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
  -V, --version        print the version

Colours only on a terminal; NO_COLOR=1 turns them off, FORCE_COLOR=1 on for a pipe.

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
    return { kind: "usage_error", message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
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
