// Where the pinned engine lives. The `.bin/codex` Node wrapper spawns a child on Node < 22.15
// (+45 MB RSS, +100–250 ms, and the native child survives a SIGKILL of the wrapper), so we run
// the platform package's native binary directly.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

const TARGET_TRIPLES: Record<string, string> = {
  "linux-x64": "x86_64-unknown-linux-musl",
  "linux-arm64": "aarch64-unknown-linux-musl",
  "darwin-x64": "x86_64-apple-darwin",
  "darwin-arm64": "aarch64-apple-darwin",
};

export interface CodexBinary {
  /** Absolute path of the native `codex` executable. */
  path: string;
  /** The installed @openai/codex version. */
  version: string;
  /** Folder with the bundled helpers (`rg`) the engine expects on PATH. */
  pathDir: string;
}

export function resolveCodexBinary(platform = `${process.platform}-${process.arch}`): CodexBinary {
  const triple = TARGET_TRIPLES[platform];
  if (triple === undefined) {
    throw new Error(`no native @openai/codex build for ${platform}; supported: ${Object.keys(TARGET_TRIPLES).join(", ")}`);
  }
  const version = (require("@openai/codex/package.json") as { version: string }).version;
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve(`@openai/codex-${platform}/package.json`));
  } catch {
    throw new Error(`@openai/codex-${platform} is not installed (an optional dependency of @openai/codex); run \`npm ci\` on this platform`);
  }
  const vendor = join(pkgDir, "vendor", triple);
  const path = join(vendor, "bin", "codex");
  if (!existsSync(path)) throw new Error(`the codex binary is missing at ${path}; reinstall with \`npm ci\``);
  return { path, version, pathDir: join(vendor, "codex-path") };
}

/** The exact @openai/codex version package.json pins (a range is refused: the engine is pinned). */
export function pinnedCodexVersion(packageJsonPath: string): string {
  const pkg = JSON.parse(readFileSync(packageJsonPath, "utf8")) as { dependencies?: Record<string, string> };
  const pinned = pkg.dependencies?.["@openai/codex"];
  if (pinned === undefined || !/^\d+\.\d+\.\d+$/.test(pinned)) {
    throw new Error(`package.json must pin @openai/codex to an exact version (found ${String(pinned)})`);
  }
  return pinned;
}
