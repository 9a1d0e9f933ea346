// The README's configuration table, rendered from src/config/options.ts. Run as a script
// (`npm run docs:options`) it rewrites README.md; test/config/options.test.ts fails when the
// README differs from what this renders.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { optionsMarkdown } from "../src/config/options.js";

export const README = join(import.meta.dirname, "..", "README.md");
const START = /<!-- options:start[^>]*-->\n/;
const END = "<!-- options:end -->";

/** The README text with the table between its markers replaced by the rendered one. */
export function withOptionsTable(readme: string): string {
  const start = START.exec(readme);
  const end = readme.indexOf(END);
  if (start === null || end < start.index) throw new Error("README.md has no <!-- options:start --> … <!-- options:end --> section");
  const from = start.index + start[0].length;
  return `${readme.slice(0, from)}${optionsMarkdown()}\n${readme.slice(end)}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = readFileSync(README, "utf8");
  const after = withOptionsTable(before);
  writeFileSync(README, after);
  console.log(before === after ? "README.md: options table already up to date" : "README.md: options table rewritten");
}
