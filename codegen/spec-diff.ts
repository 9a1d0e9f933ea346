// npm run spec:diff -- [git-ref] [--check] [--json]
// Compares the working-tree spec with the spec at a git ref and classifies every change as
// breaking, non-breaking or unclassified for the frame direction it affects. codegen/SPEC-DIFF.md
// has the rules. Exit codes: 0 ok, 1 `--check` failed, 2 usage or input error.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareSpecs } from "./spec-diff/compare.js";
import { SpecParseError } from "./spec-diff/parsed-spec.js";
import { renderMarkdown } from "./spec-diff/report.js";
import { MissingRefError, readBaseline, specPath } from "./spec-diff/spec-at-ref.js";
import { checkVersion } from "./spec-diff/version-gate.js";

const usage = "usage: npm run spec:diff -- [git-ref] [--check] [--json]";

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith("-")));
  const refs = argv.filter((a) => !a.startsWith("-"));
  const unknown = [...flags].filter((f) => f !== "--check" && f !== "--json");
  if (flags.has("--help") || flags.has("-h")) {
    console.log(usage);
    return 0;
  }
  if (unknown.length > 0 || refs.length > 1) {
    console.error(
      `${unknown.length > 0 ? `unknown option ${unknown.join(", ")}` : "give at most one git ref"}\n${usage}`,
    );
    return 2;
  }

  const baseline = readBaseline(process.cwd(), refs[0]);
  if (baseline.kind === "none") {
    console.log(`spec:diff: nothing to compare: ${baseline.reason}`);
    return 0;
  }
  const workingPath = join(baseline.root, specPath);
  if (!existsSync(workingPath)) {
    console.error(`spec:diff: ${specPath} is missing from the working tree (compared with ${baseline.label}).`);
    return 2;
  }
  const working = readFileSync(workingPath, "utf8");
  const diff = await compareSpecs(
    { source: baseline.source, label: baseline.label },
    { source: working, label: "working tree" },
  );
  console.log(flags.has("--json") ? JSON.stringify(diff, null, 2) : renderMarkdown(diff, specPath));
  if (!flags.has("--check")) return 0;
  const gate = checkVersion(diff);
  console.error(gate.message);
  return gate.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const expected = error instanceof MissingRefError || error instanceof SpecParseError;
    console.error(`spec:diff: ${expected ? (error as Error).message : String((error as Error)?.stack ?? error)}`);
    process.exitCode = 2;
  },
);
