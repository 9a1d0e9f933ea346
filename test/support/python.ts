// Debian's interpreter: python3-h2 and other Debian Python packages are visible only to it
// (the python3 first on PATH may be another build).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

/** The folder that makes `import codex_api_client` work (clients/python). */
export const PYTHON_CLIENT_DIR = join(import.meta.dirname, "../../clients/python");

export interface PythonRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs PYTHON with the Python client importable (and `paths` before it on PYTHONPATH). stdin gets
 * `input` and then its end; with `keepStdinOpen` it stays open, unwritten, until the process
 * exits. `signalWhen` sends a signal once stdout matches. Killed (SIGKILL) after `timeoutMs`.
 */
export function runPython(
  args: string[],
  options: {
    input?: string;
    keepStdinOpen?: boolean;
    timeoutMs?: number;
    paths?: string[];
    env?: Record<string, string>;
    signalWhen?: { stdout: RegExp; signal: NodeJS.Signals };
  } = {},
): Promise<PythonRun> {
  const { input = "", keepStdinOpen = false, timeoutMs = 60_000, paths = [], env = {}, signalWhen } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, {
      env: { ...process.env, PYTHONPATH: [...paths, PYTHON_CLIENT_DIR].join(":"), PYTHONDONTWRITEBYTECODE: "1", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let signalled = false;
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (signalWhen !== undefined && !signalled && signalWhen.stdout.test(stdout)) {
        signalled = true;
        child.kill(signalWhen.signal);
      }
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdin.on("error", () => undefined);
    if (keepStdinOpen) child.stdin.write(input);
    else child.stdin.end(input);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, signal, stdout, stderr });
    });
  });
}
