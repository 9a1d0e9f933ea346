// The model catalog a scripted model needs (its slug with real metadata, so the engine offers
// apply_patch), made from the pinned binary's own `codex debug models` and written into the codex home.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { catalogFromDebugModels } from "../scripted-model/model-catalog.js";
import type { CodexBinary } from "./codex-binary.js";

const run = promisify(execFile);

const CATALOG_FILE = "scripted-model-catalog.json";

/** Writes `$codexHome/scripted-model-catalog.json` for `slug`; returns its path. */
export async function writeModelCatalog(binary: CodexBinary, env: Record<string, string>, codexHome: string, slug: string): Promise<string> {
  await mkdir(codexHome, { recursive: true, mode: 0o700 });
  const { stdout } = await run(binary.path, ["debug", "models"], {
    env: { ...env, CODEX_HOME: codexHome, RUST_LOG: "off" },
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const path = join(codexHome, CATALOG_FILE);
  await writeFile(path, JSON.stringify(catalogFromDebugModels(stdout, slug)));
  return path;
}
