// Which files under a directory hold any of some strings, read as bytes (SQLite files and WALs
// included): for tests that prove a secret was never written to disk.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export async function filesContaining(root: string, needles: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes === undefined) continue;
    for (const needle of needles) if (bytes.includes(needle)) found.push(`${path} holds ${needle}`);
  }
  return found;
}
