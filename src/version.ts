// This package's name and version, read from its package.json: the nearest one up from this file
// named codex-api-server (src/ under tsx, dist/src/ when built, node_modules/codex-api-server/dist/src/
// when installed).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_NAME = "codex-api-server";

/** The version in package.json; "0.0.0" if it cannot be found. */
export const VERSION: string = ((): string => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version !== undefined) return pkg.version;
    }
    if (dirname(dir) === dir) return "0.0.0";
  }
})();
